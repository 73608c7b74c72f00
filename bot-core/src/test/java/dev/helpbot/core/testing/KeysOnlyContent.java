package dev.helpbot.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.ContentLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shipped content with every sentence replaced by a word that names it: each {@code responses.yaml} value by
 * its key, each piece of playbook prose (titles, whys, warnings, steps, notes, checks, variant labels) by {@code pb_<fix>_<field>_<n>},
 * each FAQ and near-miss answer likewise.
 * The NLU examples stay, so the bot reads people as before. Whatever prose is left on the wire then came from code.
 */
public final class KeysOnlyContent {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> PROSE_FIELDS = Set.of("title", "why", "warning", "check", "label", "answer");
    private static final Set<String> PROSE_LISTS = Set.of("steps", "notes");

    private final Content content;
    private final Set<String> words = new HashSet<>();

    public KeysOnlyContent() {
        try {
            Path folder = Files.createTempDirectory("keys-only-content");
            ObjectNode responses = (ObjectNode) read(ContentLoader.RESPONSES_FILE);
            ObjectNode texts = (ObjectNode) responses.get("responses");
            for (Iterator<String> keys = texts.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                texts.put(key, key);
                words.add(key);
            }
            JsonNode playbook = read(ContentLoader.PLAYBOOK_FILE);
            for (JsonNode fix : playbook.get("fixes")) {
                replaceProse(fix, "pb_" + fix.get("id").asText().replace('-', '_'));
            }
            YAML.writeValue(folder.resolve(ContentLoader.RESPONSES_FILE).toFile(), responses);
            YAML.writeValue(folder.resolve(ContentLoader.PLAYBOOK_FILE).toFile(), playbook);
            YAML.writeValue(folder.resolve(ContentLoader.NLU_FILE).toFile(), read(ContentLoader.NLU_FILE));
            // The FAQ's and the near misses' answers are the bot's sentences too; their questions teach the reader.
            for (String file : List.of(ContentLoader.FAQ_FILE, ContentLoader.NEAR_MISSES_FILE)) {
                JsonNode answers = read(file);
                replaceProse(answers, file.substring(0, file.indexOf('.')));
                YAML.writeValue(folder.resolve(file).toFile(), answers);
            }
            this.content = ContentLoader.standard().loadDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Content content() {
        return content;
    }

    /** The words that stand for sentences: the response keys and the playbook's tokens. */
    public Set<String> words() {
        return Set.copyOf(words);
    }

    private void replaceProse(JsonNode node, String path) {
        if (!(node instanceof ObjectNode object)) {
            if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    replaceProse(array.get(i), path + "_" + i);
                }
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String here = path + "_" + field.getKey();
            if (PROSE_FIELDS.contains(field.getKey()) && field.getValue().isTextual()) {
                field.setValue(token(here));
            } else if (PROSE_LISTS.contains(field.getKey()) && field.getValue() instanceof ArrayNode items) {
                for (int i = 0; i < items.size(); i++) {
                    items.set(i, token(here + "_" + i));
                }
            } else {
                replaceProse(field.getValue(), here);
            }
        }
    }

    private TextNode token(String path) {
        String word = path.replaceAll("[^A-Za-z0-9_]", "_");
        words.add(word);
        return TextNode.valueOf(word);
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = KeysOnlyContent.class.getResourceAsStream("/" + ContentLoader.BUNDLED_PREFIX + file)) {
            return YAML.readTree(in);
        }
    }
}
