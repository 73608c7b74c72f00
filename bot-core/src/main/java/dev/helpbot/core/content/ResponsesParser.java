package dev.helpbot.core.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the {@code responses.yaml} tree into {@link Responses}: every key present, no unknown placeholder. */
final class ResponsesParser {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final YamlFields fields;

    ResponsesParser(List<ContentProblem> problems) {
        this.fields = new YamlFields(ContentLoader.RESPONSES_FILE, problems);
    }

    Responses parse(JsonNode root) {
        JsonNode section = root == null ? null : root.get("responses");
        Map<String, String> texts = new HashMap<>();
        if (section == null || !section.isObject()) {
            fields.problem("responses", "missing; expected a mapping of key: text");
            return new Responses(texts);
        }
        Map<String, ResponseKey> known = new HashMap<>();
        for (ResponseKey key : ResponseKey.values()) {
            known.put(key.yamlName(), key);
        }
        for (Iterator<String> names = section.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String path = "responses." + name;
            ResponseKey key = known.get(name);
            if (key == null) {
                fields.problem(path, "is not used by the bot; remove it or check the spelling");
                continue;
            }
            fields.requiredText(section, name, "responses").ifPresent(text -> {
                Matcher m = PLACEHOLDER.matcher(text);
                while (m.find()) {
                    if (!key.placeholders().contains(m.group(1))) {
                        fields.problem(path, "uses {" + m.group(1) + "}, but only " + key.placeholders() + " are filled in");
                    }
                }
                texts.put(name, text);
            });
        }
        for (ResponseKey key : ResponseKey.values()) {
            if (!section.has(key.yamlName())) {
                fields.problem("responses." + key.yamlName(), "missing; the bot needs this text");
            }
        }
        return new Responses(texts);
    }
}
