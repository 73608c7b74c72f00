package dev.helpbot.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.helpbot.app.eval.ConversationScript.Action;
import dev.helpbot.app.eval.ConversationScript.Expectation;
import dev.helpbot.app.eval.ConversationScript.ScriptTurn;
import dev.helpbot.app.nlu.DatasetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads conversation test sets: a folder of YAML files, each one conversation ({@code turns:}) or
 * several ({@code conversations:}). A mistake in a file stops the run with the file and turn, since a
 * test that silently expects nothing would pass for the wrong reason.
 */
public final class ConversationSets {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> ACTIONS = Set.of("user", "press", "command", "attachment");
    private static final Set<String> EXPECT_KEYS = Set.of("state", "fix", "not_fix", "says", "not_says", "choices",
            "handoff", "handoff_says");
    private static final Set<String> STATES = Set.of("idle", "fix", "clarify", "resolved", "escalated", "fallback");

    private ConversationSets() {
    }

    /**
     * Every conversation under {@code dir}: its own YAML files, or, for a folder of sets, the YAML files
     * of each set folder in it, sorted by path.
     */
    public static List<ConversationScript> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DatasetException(dir + ": not a folder of conversation files");
        }
        List<ConversationScript> all = new ArrayList<>();
        for (Path file : yamlFiles(dir)) {
            all.addAll(readFile(dir, file));
        }
        if (all.isEmpty()) {
            throw new DatasetException(dir + ": no conversation files (*.yaml) found");
        }
        return all;
    }

    private static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir, 2)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new DatasetException(dir + ": cannot list files (" + e.getMessage() + ")");
        }
    }

    static List<ConversationScript> readFile(Path root, Path file) {
        JsonNode document;
        try {
            document = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new DatasetException(file + ": not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        String baseId = idOf(root, file);
        if (document == null || !document.isObject()) {
            throw new DatasetException(file + ": expected `turns:` or `conversations:` at the top");
        }
        if (document.has("conversations")) {
            List<ConversationScript> scripts = new ArrayList<>();
            int index = 0;
            for (JsonNode entry : document.get("conversations")) {
                index++;
                String entryId = entry.hasNonNull("id") ? entry.get("id").asText() : String.valueOf(index);
                scripts.add(conversation(file + " conversation " + entryId, baseId + "/" + entryId, entry));
            }
            return scripts;
        }
        return List.of(conversation(file.toString(), baseId, document));
    }

    /** {@code set/file}, whether the run started at the set's folder or at a folder of sets. */
    private static String idOf(Path root, Path file) {
        Path relative = file.getParent().equals(root)
                ? Path.of(root.toAbsolutePath().normalize().getFileName().toString()).resolve(file.getFileName())
                : root.relativize(file);
        String id = relative.toString().replace('\\', '/');
        return id.substring(0, id.length() - ".yaml".length());
    }

    private static ConversationScript conversation(String where, String id, JsonNode node) {
        JsonNode turns = node.get("turns");
        if (turns == null || !turns.isArray() || turns.isEmpty()) {
            throw new DatasetException(where + ": needs a non-empty `turns:` list");
        }
        List<ScriptTurn> parsed = new ArrayList<>();
        int number = 0;
        for (JsonNode turn : turns) {
            number++;
            parsed.add(turn(where + " turn " + number, number, turn));
        }
        String description = node.hasNonNull("description") ? node.get("description").asText() : "";
        return new ConversationScript(id, description, parsed);
    }

    private static ScriptTurn turn(String where, int number, JsonNode turn) {
        List<String> actions = new ArrayList<>();
        turn.fieldNames().forEachRemaining(name -> {
            if (ACTIONS.contains(name)) {
                actions.add(name);
            } else if (!name.equals("expect")) {
                throw new DatasetException(where + ": unknown key `" + name + "`");
            }
        });
        if (actions.size() != 1) {
            throw new DatasetException(where + ": needs exactly one of user, press, command, attachment");
        }
        String name = actions.get(0);
        JsonNode value = turn.get(name);
        if (!value.isValueNode() || value.isNull()) {
            throw new DatasetException(where + ": `" + name + "` must be a string");
        }
        Action action = switch (name) {
            case "user" -> Action.TYPE;
            case "press" -> Action.PRESS;
            case "command" -> Action.COMMAND;
            default -> Action.ATTACHMENT;
        };
        JsonNode expect = turn.get("expect");
        return new ScriptTurn(number, action, value.asText(),
                expect == null || expect.isNull() ? Optional.empty() : Optional.of(expectation(where, expect)));
    }

    private static Expectation expectation(String where, JsonNode expect) {
        if (!expect.isObject()) {
            throw new DatasetException(where + ": `expect` must be a map");
        }
        for (Iterator<String> names = expect.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!EXPECT_KEYS.contains(key)) {
                throw new DatasetException(where + ": unknown expectation `" + key + "`");
            }
        }
        List<String> states = strings(expect.get("state"));
        for (String state : states) {
            if (!STATES.contains(state)) {
                throw new DatasetException(where + ": unknown state `" + state + "`, expected one of " + STATES);
            }
        }
        Optional<Boolean> handoff = expect.has("handoff") ? Optional.of(expect.get("handoff").asBoolean())
                : Optional.empty();
        return new Expectation(states, fixes(where, expect.get("fix")), expect.has("fix"),
                fixes(where, expect.get("not_fix")), strings(expect.get("says")), strings(expect.get("not_says")),
                strings(expect.get("choices")), handoff, strings(expect.get("handoff_says")));
    }

    private static List<Integer> fixes(String where, JsonNode node) {
        List<Integer> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            if (item.isNull()) {
                out.add(null);
            } else if (item.canConvertToInt() && item.isIntegralNumber()) {
                out.add(item.asInt());
            } else {
                throw new DatasetException(where + ": a fix is a number or null, got `" + item + "`");
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            out.add(item.asText());
        }
        return out;
    }
}
