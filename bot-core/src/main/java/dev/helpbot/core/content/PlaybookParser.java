package dev.helpbot.core.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Turns the {@code playbook.yaml} tree into a {@link Playbook}, checking every reference. */
final class PlaybookParser {

    static final int MAX_SHORT_NAME = 30;

    private final Set<String> knownIntents;
    private final YamlFields fields;

    PlaybookParser(Set<String> knownIntents, List<ContentProblem> problems) {
        this.knownIntents = knownIntents;
        this.fields = new YamlFields(ContentLoader.PLAYBOOK_FILE, problems);
    }

    Playbook parse(JsonNode root) {
        List<Fix> fixes = new ArrayList<>();
        Map<String, String> idPaths = new HashMap<>();
        Map<String, String> symptomPaths = new HashMap<>();
        Map<String, String> ruledOutPaths = new HashMap<>();
        Map<String, String> namePaths = new HashMap<>();
        List<JsonNode> entries = fields.objectList(root, "fixes");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            if (entry == null) {
                continue;
            }
            Optional<String> id = fields.requiredText(entry, "id", "fixes[" + i + "]");
            String path = "fixes[" + i + "]" + id.map(value -> " (" + value + ")").orElse("");
            if (id.isPresent()) {
                String earlier = idPaths.putIfAbsent(id.get(), path);
                if (earlier != null) {
                    fields.problem(path + ".id", "id '" + id.get() + "' is already used by " + earlier);
                }
            }
            Optional<String> title = fields.requiredText(entry, "title", path);
            Optional<String> why = fields.requiredText(entry, "why", path);
            Optional<String> shortName = fields.requiredText(entry, "short_name", path);
            shortName.filter(name -> name.length() > MAX_SHORT_NAME).ifPresent(name -> fields.problem(path + ".short_name",
                    "is " + name.length() + " characters; a short name has at most " + MAX_SHORT_NAME));
            Optional<String> symptom = fields.requiredText(entry, "symptom_intent", path);
            symptom.ifPresent(intent -> checkIntent(intent, path + ".symptom_intent", symptomPaths, "a symptom"));
            Optional<String> ruledOutBy = fields.optionalText(entry, "ruled_out_by", path);
            ruledOutBy.ifPresent(intent -> checkIntent(intent, path + ".ruled_out_by", ruledOutPaths, "a fact"));
            if (ruledOutBy.isPresent() && ruledOutBy.equals(symptom)) {
                fields.problem(path + ".ruled_out_by", "is the fix's own symptom_intent; a fact that rules the fix out "
                        + "is a different intent");
            }
            List<String> alsoCalled = fields.textList(entry, "also_called", path, false).stream()
                    .map(name -> name.toLowerCase(Locale.ROOT)).toList();
            for (String name : alsoCalled) {
                String earlier = namePaths.putIfAbsent(name, path);
                if (earlier != null) {
                    fields.problem(path + ".also_called", "'" + name + "' already names " + earlier);
                }
            }
            OptionalInt whenIosBelow = OptionalInt.empty();
            JsonNode iosNode = entry.get("when_ios_below");
            if (iosNode != null && !iosNode.isNull()) {
                if (!iosNode.isInt() || iosNode.asInt() < 2 || iosNode.asInt() > 99) {
                    fields.problem(path + ".when_ios_below", "must be an iOS major version such as 17, or left out");
                } else {
                    whenIosBelow = OptionalInt.of(iosNode.asInt());
                }
            }
            boolean hasVariants = entry.has("variants");
            List<String> steps = fields.textList(entry, "steps", path, !hasVariants);
            if (hasVariants && entry.has("steps")) {
                fields.problem(path, "has both 'steps' and 'variants'; keep one");
            }
            Optional<FixVariants> variants = hasVariants ? parseVariants(entry.get("variants"), path + ".variants")
                    : Optional.empty();
            List<String> notes = fields.textList(entry, "notes", path, false);
            if (id.isPresent() && title.isPresent() && why.isPresent() && symptom.isPresent() && shortName.isPresent()) {
                fixes.add(new Fix(i + 1, id.get(), title.get(), shortName.get(), symptom.get(), ruledOutBy, alsoCalled, whenIosBelow, why.get(),
                        steps, variants, notes));
            }
        }
        return new Playbook(fixes);
    }

    private void checkIntent(String intent, String key, Map<String, String> earlierPaths, String what) {
        if (!knownIntents.contains(intent)) {
            fields.problem(key, "intent '" + intent + "' is not declared in " + ContentLoader.NLU_FILE);
        }
        String earlier = earlierPaths.putIfAbsent(intent, key);
        if (earlier != null) {
            fields.problem(key, "intent '" + intent + "' already belongs to " + earlier + "; " + what
                    + " points at one fix");
        }
    }

    private Optional<FixVariants> parseVariants(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            fields.problem(path, "must be a mapping with 'by' and 'options'");
            return Optional.empty();
        }
        Optional<FixVariants.VariantKey> by = fields.requiredText(node, "by", path).flatMap(name -> {
            Optional<FixVariants.VariantKey> key = FixVariants.VariantKey.fromYaml(name);
            if (key.isEmpty()) {
                fields.problem(path + ".by", "'" + name + "' is not something the bot can tell; use phone_model or ios_version");
            }
            return key;
        });
        Optional<String> defaultOption = fields.optionalText(node, "default", path);
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
            String optionPath = path + ".options[" + i + "]";
            if (!option.isObject()) {
                fields.problem(optionPath, "must be a mapping");
                continue;
            }
            Optional<String> id = fields.requiredText(option, "id", optionPath);
            Optional<String> label = fields.requiredText(option, "label", optionPath);
            List<String> steps = fields.textList(option, "steps", optionPath, true);
            id.ifPresent(value -> {
                if (!seen.add(value)) {
                    fields.problem(optionPath + ".id", "option '" + value + "' appears twice");
                }
                by.filter(key -> !key.optionIds().contains(value)).ifPresent(key -> fields.problem(optionPath + ".id",
                        "'" + value + "' is not an option of " + key.yamlName() + "; use one of " + key.optionIds()));
            });
            if (id.isPresent() && label.isPresent()) {
                options.add(new FixVariants.VariantOption(id.get(), label.get(), steps));
            }
        }
        by.ifPresent(key -> key.optionIds().stream().filter(expected -> !seen.contains(expected)).forEach(missing ->
                fields.problem(path + ".options", "no option '" + missing + "'; every " + key.yamlName()
                        + " value needs steps")));
        defaultOption.filter(value -> !seen.contains(value)).ifPresent(value ->
                fields.problem(path + ".default", "'" + value + "' is not one of the options"));
        return by.map(key -> new FixVariants(key, defaultOption, options));
    }
}
