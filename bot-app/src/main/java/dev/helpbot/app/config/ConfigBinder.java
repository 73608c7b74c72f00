package dev.helpbot.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the merged settings tree into a {@link HelpbotConfig}, checking each value's range. */
final class ConfigBinder {

    private final JsonNode root;
    private final String origin;
    private final Map<String, String> environment;

    ConfigBinder(JsonNode root, String origin, Map<String, String> environment) {
        this.root = root;
        this.origin = origin;
        this.environment = environment;
    }

    HelpbotConfig bind() {
        return new HelpbotConfig(
                new HelpbotConfig.Engine(
                        number("engine", "confidence_threshold", 0.0, 0.99),
                        (int) number("engine", "max_message_length", 1, 100_000),
                        number("engine", "clarify_threshold", 0.0, 0.99),
                        number("engine", "clause_threshold", 0.0, 0.99)),
                new HelpbotConfig.Limits(
                        (int) number("limits", "user_per_minute", 0, 100_000),
                        (int) number("limits", "user_burst", 0, 100_000),
                        (int) number("limits", "channel_per_minute", 0, 1_000_000),
                        (int) number("limits", "channel_burst", 0, 1_000_000)),
                new HelpbotConfig.Sessions(
                        (long) number("sessions", "max_sessions", 1, 100_000_000),
                        duration("sessions", "idle_expiry"),
                        text("sessions", "redis_key_prefix"),
                        duration("sessions", "delivery_lease")),
                new HelpbotConfig.ContentSettings(optionalText("content", "directory")),
                new HelpbotConfig.Nlu(
                        flag("nlu", "encoder_enabled"),
                        optionalText("nlu", "cache_dir"),
                        (int) number("nlu", "cached_texts", 0, 10_000_000)),
                new HelpbotConfig.Ops(
                        flag("ops", "enabled"),
                        text("ops", "host"),
                        (int) number("ops", "port", 0, 65_535),
                        duration("ops", "drain_timeout")),
                new HelpbotConfig.Discord(
                        url("discord", "rest_base_url"),
                        optionalText("discord", "gateway_url"),
                        list("discord", "guild_ids"),
                        oneOf("discord", "conversation_mode", Set.of("thread", "inline", "ephemeral", "private_thread")),
                        optionalText("discord", "support_role_id"),
                        optionalText("discord", "handoff_channel_id"),
                        (int) number("discord", "shards", 0, 10_000),
                        numbers("discord", "shard_ids", 0, 9_999),
                        list("discord", "help_forum_ids"),
                        optionalText("discord", "forum_solved_tag"),
                        optionalText("discord", "forum_needs_staff_tag"),
                        duration("discord", "archive_after")),
                new HelpbotConfig.Slack(
                        oneOf("slack", "mode", Set.of("socket", "http")),
                        url("slack", "api_base_url"),
                        text("slack", "http_host"),
                        (int) number("slack", "http_port", 1, 65_535),
                        text("slack", "http_path"),
                        text("slack", "command"),
                        optionalText("slack", "support_user_group_id"),
                        optionalText("slack", "handoff_channel_id")),
                new HelpbotConfig.Web(
                        flag("web", "enabled"),
                        text("web", "host"),
                        (int) number("web", "port", 0, 65_535),
                        list("web", "allowed_origins"),
                        text("web", "handoff_message"),
                        oneOf("web", "staff_desk", Set.of("slack", "none")),
                        (int) number("web", "session_per_minute", 0, 100_000),
                        (int) number("web", "session_burst", 0, 100_000),
                        (int) number("web", "address_per_minute", 0, 1_000_000),
                        (int) number("web", "address_burst", 0, 1_000_000),
                        (int) number("web", "max_frame_bytes", 256, 1 << 20)),
                new HelpbotConfig.Handoff(
                        (int) number("handoff", "transcript_turns", 0, 50),
                        duration("handoff", "reping_after")),
                new HelpbotConfig.Log(oneOf("log", "format", Set.of("text", "json"))),
                new HelpbotConfig.Secrets(
                        secret("DISCORD_TOKEN"), secret("SLACK_BOT_TOKEN"), secret("SLACK_APP_TOKEN"),
                        secret("SLACK_SIGNING_SECRET"), secret("REDIS_URL"), secret("HANDOFF_WEBHOOK_URL"),
                        secret("HANDOFF_WEBHOOK_SECRET")));
    }

    private JsonNode value(String section, String key) {
        return root.path(section).path(key);
    }

    private double number(String section, String key, double min, double max) {
        JsonNode node = value(section, key);
        double number = node.asDouble(Double.NaN);
        if (!node.isNumber() || number < min || number > max) {
            throw new ConfigException(origin, section + "." + key, "'" + node.asText() + "' is out of range",
                    "Use a number from " + format(min) + " to " + format(max));
        }
        return number;
    }

    private boolean flag(String section, String key) {
        JsonNode node = value(section, key);
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        String text = node.asText("").strip();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new ConfigException(origin, section + "." + key, "'" + text + "' is not true or false", "Use true or false");
    }

    private String text(String section, String key) {
        String text = value(section, key).asText("").strip();
        if (text.isEmpty()) {
            throw new ConfigException(origin, section + "." + key, "must not be empty", "Restore the default from config/helpbot.yaml");
        }
        return text;
    }

    private Optional<String> optionalText(String section, String key) {
        String text = value(section, key).asText("").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private String url(String section, String key) {
        String text = text(section, key);
        if (!text.startsWith("http://") && !text.startsWith("https://")) {
            throw new ConfigException(origin, section + "." + key, "'" + text + "' is not an http(s) URL",
                    "Write the full URL, e.g. the default in config/helpbot.yaml");
        }
        return text;
    }

    private String oneOf(String section, String key, Set<String> allowed) {
        String text = text(section, key);
        if (!allowed.contains(text)) {
            throw new ConfigException(origin, section + "." + key, "'" + text + "' is not a valid choice",
                    "Use one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return text;
    }

    private Duration duration(String section, String key) {
        try {
            return Durations.parse(text(section, key));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(origin, section + "." + key, e.getMessage(), "Write it like 30s, 15m, 24h or 7d");
        }
    }

    private List<String> list(String section, String key) {
        List<String> items = new ArrayList<>();
        value(section, key).forEach(item -> items.add(item.asText().strip()));
        return List.copyOf(items);
    }

    /** A list of whole numbers in range; from the environment its items arrive as text, e.g. "0,1". */
    private List<Integer> numbers(String section, String key, int min, int max) {
        List<Integer> items = new ArrayList<>();
        for (JsonNode item : value(section, key)) {
            String text = item.asText().strip();
            if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
                throw new ConfigException(origin, section + "." + key, "'" + text + "' is not a whole number from "
                        + min + " to " + max, "Write a list like [0, 1], or HELPBOT_" + section.toUpperCase(Locale.ROOT)
                        + "_" + key.toUpperCase(Locale.ROOT) + "=0,1 in the environment");
            }
            items.add(Integer.parseInt(text));
        }
        return List.copyOf(items);
    }

    private Optional<String> secret(String variable) {
        String value = environment.get(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
