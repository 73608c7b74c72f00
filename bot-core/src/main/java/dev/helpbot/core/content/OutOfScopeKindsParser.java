package dev.helpbot.core.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@code out_of_scope.yaml} tree into {@link OutOfScopeKinds}, checking it against the intents of
 * {@code nlu.yaml}: the label exists, each kind has enough examples, and no example repeats or also
 * teaches an intent.
 */
final class OutOfScopeKindsParser {

    private final ContentRules rules;
    private final NluData nlu;
    private final YamlFields fields;

    OutOfScopeKindsParser(ContentRules rules, NluData nlu, List<ContentProblem> problems) {
        this.rules = rules;
        this.nlu = nlu;
        this.fields = new YamlFields(OutOfScopeExamples.KINDS_FILE, problems);
    }

    OutOfScopeKinds parse(JsonNode root) {
        String label = fields.requiredText(root, "label", "(root)").orElse("");
        if (!label.isEmpty() && !nlu.intentNames().contains(label)) {
            fields.problem("label", "'" + label + "' is not an intent declared in " + ContentLoader.NLU_FILE);
        }
        Map<String, String> owners = new HashMap<>();
        for (NluData.IntentExamples intent : nlu.intents()) {
            for (String example : intent.examples()) {
                owners.putIfAbsent(NluParser.normalize(example), ContentLoader.NLU_FILE + " intent '" + intent.intent() + "'");
            }
        }
        List<OutOfScopeKinds.Kind> kinds = new ArrayList<>();
        List<JsonNode> entries = fields.objectList(root, "kinds");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String path = "kinds[" + i + "]";
            if (entry == null) {
                continue;
            }
            String kind = fields.requiredText(entry, "kind", path).orElse("?");
            String description = fields.optionalText(entry, "description", path).orElse("");
            List<String> examples = fields.textList(entry, "examples", path, true);
            path = path + " (" + kind + ")";
            if (examples.size() < rules.minExamplesPerIntent()) {
                fields.problem(path + ".examples", "has " + examples.size() + " examples; a kind needs at least "
                        + rules.minExamplesPerIntent());
            }
            for (int e = 0; e < examples.size(); e++) {
                String owner = owners.putIfAbsent(NluParser.normalize(examples.get(e)), "earlier in this file");
                if (owner != null) {
                    fields.problem(path + ".examples[" + e + "]", "'" + examples.get(e) + "' also appears " + owner
                            + "; an example belongs to one place, once");
                }
            }
            kinds.add(new OutOfScopeKinds.Kind(kind, description, examples));
        }
        return new OutOfScopeKinds(label, kinds);
    }
}
