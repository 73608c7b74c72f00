package dev.helpbot.app.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads settings in three layers: the bundled {@code helpbot.yaml} (the defaults, documented), the file
 * given with {@code --config}, then {@code HELPBOT_SECTION_KEY} environment variables. A key the
 * defaults do not know is a typo and stops start-up, as does a value of the wrong type.
 */
public final class ConfigLoader {

    static final String DEFAULTS_RESOURCE = "helpbot-defaults/helpbot.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().build().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    private static final Map<String, String> SECRET_VARIABLES = Map.of(
            "token", "DISCORD_TOKEN or SLACK_BOT_TOKEN", "bot_token", "SLACK_BOT_TOKEN",
            "app_token", "SLACK_APP_TOKEN", "signing_secret", "SLACK_SIGNING_SECRET", "redis_url", "REDIS_URL",
            "webhook_url", "HANDOFF_WEBHOOK_URL", "webhook_secret", "HANDOFF_WEBHOOK_SECRET");

    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public HelpbotConfig load(Optional<Path> file) {
        ObjectNode merged = defaults();
        file.ifPresent(path -> overlay(merged, read(path), path.toString()));
        overlayEnvironment(merged);
        return new ConfigBinder(merged, file.map(Path::toString).orElse("helpbot.yaml (bundled)"), environment).bind();
    }

    private static ObjectNode defaults() {
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the jar; rebuild helpbot");
            }
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled " + DEFAULTS_RESOURCE + " is unreadable", e);
        }
    }

    private static JsonNode read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ConfigException(path.toString(), "(file)", "not found",
                    "Check the path given to --config, or leave --config out to use the defaults");
        }
        try (InputStream in = Files.newInputStream(path)) {
            JsonNode tree = YAML.readTree(in);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!tree.isObject()) {
                throw new ConfigException(path.toString(), "(root)", "expected sections such as 'engine:' at the top",
                        "Start from config/helpbot.yaml");
            }
            return tree;
        } catch (IOException e) {
            String detail = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new ConfigException(path.toString(), "(file)", "is not valid YAML (" + detail + ")",
                    "Fix the syntax; config/helpbot.yaml shows the expected shape");
        }
    }

    private static void overlay(ObjectNode target, JsonNode source, String origin) {
        for (Iterator<Map.Entry<String, JsonNode>> sections = source.fields(); sections.hasNext(); ) {
            Map.Entry<String, JsonNode> section = sections.next();
            JsonNode known = target.get(section.getKey());
            if (known == null) {
                throw new ConfigException(origin, section.getKey(), "is not a section helpbot knows",
                        "Known sections: " + fieldNames(target));
            }
            if (!section.getValue().isObject()) {
                throw new ConfigException(origin, section.getKey(), "must be a section of settings", "Indent its keys under it");
            }
            for (Iterator<Map.Entry<String, JsonNode>> keys = section.getValue().fields(); keys.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = keys.next();
                String key = section.getKey() + "." + entry.getKey();
                if (SECRET_VARIABLES.containsKey(entry.getKey())) {
                    throw new ConfigException(origin, key, "secrets are not read from files",
                            "Remove it and set " + SECRET_VARIABLES.get(entry.getKey()) + " in the environment");
                }
                JsonNode defaultValue = known.get(entry.getKey());
                if (defaultValue == null) {
                    throw new ConfigException(origin, key, "is not a setting helpbot knows",
                            "Settings in '" + section.getKey() + "': " + fieldNames(known));
                }
                ((ObjectNode) known).set(entry.getKey(), checkedValue(entry.getValue(), defaultValue, origin, key));
            }
        }
    }

    private void overlayEnvironment(ObjectNode merged) {
        for (Iterator<Map.Entry<String, JsonNode>> sections = merged.fields(); sections.hasNext(); ) {
            Map.Entry<String, JsonNode> section = sections.next();
            ObjectNode settings = (ObjectNode) section.getValue();
            for (Iterator<String> keys = settings.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                String variable = ("HELPBOT_" + section.getKey() + "_" + key).toUpperCase(Locale.ROOT);
                String value = environment.get(variable);
                if (value != null) {
                    settings.set(key, fromEnvironment(value, settings.get(key), variable));
                }
            }
        }
    }

    private static JsonNode fromEnvironment(String value, JsonNode defaultValue, String variable) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (defaultValue.isArray()) {
            ArrayNode list = nodes.arrayNode();
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    list.add(item.strip());
                }
            }
            return list;
        }
        if (defaultValue.isNumber()) {
            try {
                return defaultValue.isIntegralNumber() ? nodes.numberNode(Long.parseLong(value.strip()))
                        : nodes.numberNode(Double.parseDouble(value.strip()));
            } catch (NumberFormatException e) {
                throw new ConfigException("environment", variable, "'" + value + "' is not a number",
                        "Set it to a number like " + defaultValue.asText());
            }
        }
        return nodes.textNode(value);
    }

    private static JsonNode checkedValue(JsonNode value, JsonNode defaultValue, String origin, String key) {
        boolean fits = defaultValue.isArray() ? value.isArray()
                : defaultValue.isNumber() ? value.isNumber()
                : defaultValue.isBoolean() ? value.isBoolean()
                : value.isValueNode();
        if (!fits) {
            String expected = defaultValue.isArray() ? "a list" : defaultValue.isNumber() ? "a number"
                    : defaultValue.isBoolean() ? "true or false" : "a text";
            throw new ConfigException(origin, key, "expected " + expected + ", got '" + value + "'",
                    "The default is " + defaultValue);
        }
        return value.isNull() ? JsonNodeFactory.instance.textNode("") : value;
    }

    private static String fieldNames(JsonNode node) {
        StringBuilder names = new StringBuilder();
        node.fieldNames().forEachRemaining(name -> names.append(names.isEmpty() ? "" : ", ").append(name));
        return names.toString();
    }
}
