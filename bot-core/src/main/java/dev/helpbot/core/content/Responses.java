package dev.helpbot.core.content;

import java.util.Map;

/**
 * The bot's own sentences and button labels, by key, from {@code responses.yaml}. Placeholders look
 * like {@code {number}} and are filled by {@link #format}.
 */
public record Responses(Map<String, String> texts) {

    public Responses {
        texts = Map.copyOf(texts);
    }

    public String text(ResponseKey key) {
        String value = texts.get(key.yamlName());
        if (value == null) {
            // ContentLoader rejects files with missing keys, so this only fires for hand-built Responses.
            throw new IllegalStateException("responses.yaml has no key '" + key.yamlName() + "'");
        }
        return value;
    }

    /** The text for {@code key} with each {@code {name}} replaced by the value that follows it. */
    public String format(ResponseKey key, Object... namesAndValues) {
        String result = text(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            result = result.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return result;
    }
}
