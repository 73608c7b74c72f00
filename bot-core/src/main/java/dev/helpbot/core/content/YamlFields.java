package dev.helpbot.core.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads typed fields from a YAML tree, recording a {@link ContentProblem} instead of throwing. */
final class YamlFields {

    private final String file;
    private final List<ContentProblem> problems;

    YamlFields(String file, List<ContentProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void problem(String key, String message) {
        problems.add(new ContentProblem(file, key, message));
    }

    /** A required, non-blank string; empty when missing (the problem is recorded). */
    Optional<String> requiredText(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problem(path + "." + field, "missing; add a non-empty text");
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(path + "." + field, "must be a non-empty text");
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }

    Optional<String> optionalText(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return requiredText(node, field, path);
    }

    /** A list of non-blank strings; missing means empty, unless {@code required}. */
    List<String> textList(JsonNode node, String field, String path, boolean required) {
        JsonNode value = node.get(field);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            if (required) {
                problem(path + "." + field, "missing; add a list with at least one entry");
            }
            return texts;
        }
        if (!value.isArray()) {
            problem(path + "." + field, "must be a list");
            return texts;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                problem(path + "." + field + "[" + i + "]", "must be a non-empty text");
            } else {
                texts.add(item.asText().strip());
            }
        }
        if (required && texts.isEmpty() && value.isEmpty()) {
            problem(path + "." + field, "is empty; add at least one entry");
        }
        return texts;
    }

    /** The list under {@code field} of the root, or empty with a problem recorded. */
    List<JsonNode> objectList(JsonNode root, String field) {
        JsonNode value = root == null ? null : root.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (value == null || !value.isArray() || value.isEmpty()) {
            problem(field, "missing or empty; expected a list of entries");
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isObject()) {
                items.add(value.get(i));
            } else {
                problem(field + "[" + i + "]", "must be a mapping");
                items.add(null);
            }
        }
        return items;
    }
}
