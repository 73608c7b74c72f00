package dev.helpbot.core.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a fix asks the user to do: numbered {@code steps}, {@code alternatives} (choices that are
 * not a sequence) and {@code variants} (step lists by phone), with the limits that keep a fix readable
 * in a chat.
 */
final class StepsParser {

    static final int MIN_STEPS = 3;
    static final int MAX_STEPS = 7;
    static final int MAX_ALTERNATIVES = 4;
    static final int MAX_ALTERNATIVE_STEPS = 3;
    static final int MAX_ALTERNATIVE_LABEL = 50;

    private static final Set<String> VARIANTS_KEYS = Set.of("by", "options");
    private static final Set<String> OPTION_KEYS = Set.of("id", "label", "steps", "alternatives");
    private static final Set<String> ALTERNATIVE_KEYS = Set.of("label", "steps");

    private final YamlFields fields;

    StepsParser(YamlFields fields) {
        this.fields = fields;
    }

    /** Numbered steps, {@value #MIN_STEPS} to {@value #MAX_STEPS} of them; missing is a problem when required. */
    List<String> steps(JsonNode node, String path, boolean required) {
        List<String> steps = fields.textList(node, "steps", path, required);
        if (!steps.isEmpty() && (steps.size() < MIN_STEPS || steps.size() > MAX_STEPS)) {
            fields.problem(path + ".steps", "has " + count(steps.size(), "step") + "; a fix has " + MIN_STEPS + " to "
                    + MAX_STEPS + " (put a choice in 'alternatives', a tip in 'notes')");
        }
        return steps;
    }

    /** The optional {@code alternatives} list: each a label and one to three short sentences. */
    List<Alternative> alternatives(JsonNode node, String path) {
        JsonNode list = node.get("alternatives");
        List<Alternative> alternatives = new ArrayList<>();
        if (list == null || list.isNull()) {
            return alternatives;
        }
        String listPath = path + ".alternatives";
        if (!list.isArray() || list.isEmpty()) {
            fields.problem(listPath, "must be a list of alternatives, each with a label and steps");
            return alternatives;
        }
        if (list.size() > MAX_ALTERNATIVES) {
            fields.problem(listPath, "has " + list.size() + " alternatives; offer at most " + MAX_ALTERNATIVES);
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String itemPath = listPath + "[" + i + "]";
            if (!item.isObject()) {
                fields.problem(itemPath, "must be a mapping with a label and steps");
                continue;
            }
            unknownKeys(item, itemPath, ALTERNATIVE_KEYS);
            Optional<String> label = fields.requiredText(item, "label", itemPath);
            label.filter(text -> text.length() > MAX_ALTERNATIVE_LABEL).ifPresent(text -> fields.problem(
                    itemPath + ".label", "is " + text.length() + " characters; keep it under " + MAX_ALTERNATIVE_LABEL));
            List<String> steps = fields.textList(item, "steps", itemPath, true);
            if (steps.size() > MAX_ALTERNATIVE_STEPS) {
                fields.problem(itemPath + ".steps", "has " + count(steps.size(), "sentence") + "; an alternative has 1 to "
                        + MAX_ALTERNATIVE_STEPS);
            }
            if (label.isPresent() && !steps.isEmpty()) {
                alternatives.add(new Alternative(label.get(), steps));
            }
        }
        return alternatives;
    }

    Optional<FixVariants> variants(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            fields.problem(path, "must be a mapping with 'by' and 'options'");
            return Optional.empty();
        }
        unknownKeys(node, path, VARIANTS_KEYS);
        Optional<FixVariants.VariantKey> by = fields.requiredText(node, "by", path).flatMap(name -> {
            Optional<FixVariants.VariantKey> key = FixVariants.VariantKey.fromYaml(name);
            if (key.isEmpty()) {
                fields.problem(path + ".by", "'" + name + "' is not something the bot can tell; use phone_model, "
                        + "home_button or ios_version");
            }
            return key;
        });
        List<FixVariants.VariantOption> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonNode optionList = node.get("options");
        List<JsonNode> optionNodes = new ArrayList<>();
        if (optionList == null || !optionList.isArray() || optionList.isEmpty()) {
            fields.problem(path + ".options", "missing or empty; list the alternatives");
        } else {
            optionList.forEach(optionNodes::add);
        }
        for (int i = 0; i < optionNodes.size(); i++) {
            JsonNode option = optionNodes.get(i);
            String indexPath = path + ".options[" + i + "]";
            if (!option.isObject()) {
                fields.problem(indexPath, "must be a mapping");
                continue;
            }
            Optional<String> id = fields.requiredText(option, "id", indexPath);
            String optionPath = indexPath + id.map(value -> " (" + value + ")").orElse("");
            unknownKeys(option, optionPath, OPTION_KEYS);
            Optional<String> label = fields.requiredText(option, "label", optionPath);
            List<String> steps = steps(option, optionPath, true);
            List<Alternative> alternatives = alternatives(option, optionPath);
            id.ifPresent(value -> {
                if (!seen.add(value)) {
                    fields.problem(optionPath + ".id", "option '" + value + "' appears twice");
                }
                by.filter(key -> !key.optionIds().contains(value) && !value.equals(FixVariants.NOT_KNOWN))
                        .ifPresent(key -> fields.problem(optionPath + ".id", "'" + value + "' is not an option of "
                                + key.yamlName() + "; use one of " + key.optionIds() + " or " + FixVariants.NOT_KNOWN));
            });
            if (id.isPresent() && label.isPresent()) {
                options.add(new FixVariants.VariantOption(id.get(), label.get(), steps, alternatives));
            }
        }
        by.ifPresent(key -> key.optionIds().stream().filter(expected -> !seen.contains(expected)).forEach(missing ->
                fields.problem(path + ".options", "no option '" + missing + "'; every " + key.yamlName()
                        + " value needs steps")));
        by.filter(key -> !key.botAsks() && !seen.contains(FixVariants.NOT_KNOWN)).ifPresent(key -> fields.problem(
                path + ".options", "no option '" + FixVariants.NOT_KNOWN + "'; the bot doesn't ask for "
                        + key.yamlName() + ", so give steps that fit when it isn't known"));
        return by.map(key -> new FixVariants(key, options));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A misspelt key would otherwise vanish without a word: name it. */
    void unknownKeys(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                fields.problem(path + "." + name, "is not a key the bot reads; use one of " + known.stream().sorted().toList());
            }
        }
    }
}
