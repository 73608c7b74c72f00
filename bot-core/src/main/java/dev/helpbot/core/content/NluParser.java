package dev.helpbot.core.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the {@code nlu.yaml} tree into {@link NluData}, checking counts and duplicates. */
final class NluParser {

    private final ContentRules rules;
    private final YamlFields fields;

    NluParser(ContentRules rules, List<ContentProblem> problems) {
        this.rules = rules;
        this.fields = new YamlFields(ContentLoader.NLU_FILE, problems);
    }

    NluData parse(JsonNode root) {
        List<NluData.IntentExamples> intents = new ArrayList<>();
        Map<String, String> intentPaths = new HashMap<>();
        Map<String, String> exampleOwners = new HashMap<>();
        List<JsonNode> entries = fields.objectList(root, "intents");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String path = "intents[" + i + "]";
            if (entry == null) {
                continue;
            }
            String name = fields.requiredText(entry, "intent", path).orElse(null);
            String description = fields.optionalText(entry, "description", path).orElse("");
            List<String> examples = fields.textList(entry, "examples", path, true);
            if (name == null) {
                continue;
            }
            path = path + " (" + name + ")";
            String earlier = intentPaths.putIfAbsent(name, path);
            if (earlier != null) {
                fields.problem(path + ".intent", "intent '" + name + "' is declared twice; merge it into " + earlier);
                continue;
            }
            if (examples.size() < rules.minExamplesPerIntent()) {
                fields.problem(path + ".examples", "has " + examples.size() + " examples; an intent needs at least "
                        + rules.minExamplesPerIntent());
            }
            for (int e = 0; e < examples.size(); e++) {
                String normalized = normalize(examples.get(e));
                String owner = exampleOwners.putIfAbsent(normalized, name);
                if (owner != null) {
                    String where = owner.equals(name) ? "earlier under the same intent" : "also under intent '" + owner + "'";
                    fields.problem(path + ".examples[" + e + "]", "'" + examples.get(e) + "' appears " + where
                            + "; an example belongs to one intent, once");
                }
            }
            intents.add(new NluData.IntentExamples(name, description, examples));
        }
        return new NluData(intents);
    }

    /** Two examples that differ only in case or spacing teach the same thing. */
    static String normalize(String example) {
        return example.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
