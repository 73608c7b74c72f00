package dev.helpbot.core.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the {@code playbook.yaml} tree into a {@link Playbook}, checking every reference. */
final class PlaybookParser {

    static final int MAX_TITLE = 40;
    static final int MAX_SHORT_NAME = 30;
    static final int MAX_WHY = 140;
    static final int MAX_WARNING = 300;
    static final int MAX_CHECK = 300;
    static final int MAX_NOTES = 3;

    static final Set<String> FIX_KEYS = Set.of("id", "title", "short_name", "symptom_intent", "ruled_out_by",
            "also_called", "not_called", "when_ios_below", "why", "warning", "steps", "alternatives", "variants", "notes", "check");
    /** A note that opens like this warns: after the steps it comes too late, so it belongs in 'warning'. */
    private static final Pattern WARNING_WORDS = Pattern.compile(
            "^(?:don'?t|do not|never|careful|caution|warning|before you)\\b", Pattern.CASE_INSENSITIVE);

    private final Set<String> knownIntents;
    private final YamlFields fields;
    private final StepsParser stepsParser;

    PlaybookParser(Set<String> knownIntents, List<ContentProblem> problems) {
        this.knownIntents = knownIntents;
        this.fields = new YamlFields(ContentLoader.PLAYBOOK_FILE, problems);
        this.stepsParser = new StepsParser(fields);
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
            stepsParser.unknownKeys(entry, path, FIX_KEYS);
            Optional<String> title = limited(fields.requiredText(entry, "title", path), path + ".title", MAX_TITLE);
            Optional<String> why = limited(fields.requiredText(entry, "why", path), path + ".why", MAX_WHY);
            Optional<String> shortName = limited(fields.requiredText(entry, "short_name", path), path + ".short_name",
                    MAX_SHORT_NAME);
            Optional<String> warning = limited(fields.optionalText(entry, "warning", path), path + ".warning",
                    MAX_WARNING);
            Optional<String> check = limited(fields.requiredText(entry, "check", path), path + ".check", MAX_CHECK);
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
            List<String> notCalled = fields.textList(entry, "not_called", path, false).stream()
                    .map(name -> name.toLowerCase(Locale.ROOT)).toList();
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
            List<String> steps = stepsParser.steps(entry, path, !hasVariants);
            if (hasVariants && (entry.has("steps") || entry.has("alternatives"))) {
                fields.problem(path, "has 'variants' and also 'steps' or 'alternatives'; with variants, each option "
                        + "has its own");
            }
            List<Alternative> alternatives = stepsParser.alternatives(entry, path);
            Optional<FixVariants> variants = hasVariants ? stepsParser.variants(entry.get("variants"), path + ".variants")
                    : Optional.empty();
            List<String> notes = notes(entry, path);
            if (id.isPresent() && title.isPresent() && why.isPresent() && symptom.isPresent() && shortName.isPresent()
                    && check.isPresent()) {
                fixes.add(new Fix(i + 1, id.get(), title.get(), shortName.get(), symptom.get(), ruledOutBy, alsoCalled,
                        notCalled, whenIosBelow, why.get(), warning, steps, alternatives, variants, notes, check.get()));
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

    private List<String> notes(JsonNode entry, String path) {
        List<String> notes = fields.textList(entry, "notes", path, false);
        if (notes.size() > MAX_NOTES) {
            fields.problem(path + ".notes", "has " + notes.size() + " tips; keep at most " + MAX_NOTES);
        }
        for (int n = 0; n < notes.size(); n++) {
            if (WARNING_WORDS.matcher(notes.get(n)).find()) {
                fields.problem(path + ".notes[" + n + "]", "reads as a warning, which would come after the steps it is "
                        + "about; move it to 'warning', shown before them");
            }
        }
        return notes;
    }

    private Optional<String> limited(Optional<String> text, String key, int max) {
        text.filter(value -> value.length() > max).ifPresent(value -> fields.problem(key,
                "is " + value.length() + " characters; keep it to " + max));
        return text;
    }
}
