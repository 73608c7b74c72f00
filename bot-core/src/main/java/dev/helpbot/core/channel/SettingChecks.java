package dev.helpbot.core.channel;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The checks every channel's settings make, each failing with one line that names the setting and says what it
 * must look like, so a typo stops start-up with a fix rather than a stack trace later.
 */
public final class SettingChecks {

    private SettingChecks() {
    }

    /** Null for null or blank, else the value stripped: the config file writes "not set" as an empty string. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The URL, stripped, or a failure naming {@code key} when it starts with none of {@code schemes}. */
    public static String url(String key, String url, String... schemes) {
        String value = url == null ? "" : url.strip();
        for (String scheme : schemes) {
            if (value.startsWith(scheme) && value.length() > scheme.length()) {
                return value;
            }
        }
        throw new IllegalArgumentException(key + " must start with " + String.join(" or ", schemes) + ", got '" + url + "'");
    }

    /** The value, stripped, or a failure naming {@code key} and what it {@code mustBe}. */
    public static String matching(String key, String value, Pattern pattern, String mustBe) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || !pattern.matcher(stripped).matches()) {
            throw new IllegalArgumentException(key + " must be " + mustBe + ", got '" + value + "'");
        }
        return stripped;
    }

    /** One of an enum's constants, written in any case, or a failure naming {@code key} and the choices. */
    public static <E extends Enum<E>> E oneOf(String key, String value, Class<E> choices) {
        for (E choice : choices.getEnumConstants()) {
            if (value != null && choice.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return choice;
            }
        }
        throw new IllegalArgumentException(key + " must be " + String.join(" or ", Arrays.stream(choices.getEnumConstants())
                .map(choice -> choice.name().toLowerCase(Locale.ROOT)).toList()) + ", got '" + value + "'");
    }

    /**
     * A secret from the environment, or a failure naming its variable and where to find it. A wrong kind of token
     * is named by the prefix it should have, never by echoing what was given.
     */
    public static String secret(String variable, String value, String prefix, String where) {
        if (optional(value) == null) {
            throw new IllegalArgumentException(variable + " is not set: use " + where + ".");
        }
        if (!value.startsWith(prefix)) {
            throw new IllegalArgumentException(variable + " must start with '" + prefix + "': use " + where + ".");
        }
        return value;
    }

    /**
     * A settings record as text for logs, its secrets shown only as set or unset: {@code Name[a=1, token=<redacted>]}.
     *
     * @param secrets the names of the components that hold secrets
     */
    public static String describe(Record settings, String... secrets) {
        List<String> hidden = List.of(secrets);
        StringBuilder out = new StringBuilder(settings.getClass().getSimpleName()).append('[');
        for (RecordComponent component : settings.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(settings);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName(), e);
            }
            out.append(out.charAt(out.length() - 1) == '[' ? "" : ", ").append(component.getName()).append('=')
                    .append(hidden.contains(component.getName()) ? redacted((String) value) : value);
        }
        return out.append(']').toString();
    }

    /** How a secret shows in logs and settings: only whether it is set. */
    public static String redacted(String secret) {
        return secret == null || secret.isEmpty() ? "<unset>" : "<redacted>";
    }

    /**
     * The shards one instance runs, of {@code total} (0 or 1 meaning one connection): each listed id checked to be a
     * shard number, or every shard when none is listed. Several instances each list their own share.
     */
    public static List<Integer> shardIds(String key, List<Integer> listed, int total) {
        int shards = Math.max(1, total);
        if (listed == null || listed.isEmpty()) {
            return IntStream.range(0, shards).boxed().toList();
        }
        for (Integer id : listed) {
            if (id == null || id < 0 || id >= shards) {
                throw new IllegalArgumentException(key + " must list shard numbers from 0 to " + (shards - 1)
                        + " (of the " + shards + " set as the total), got " + listed);
            }
        }
        return listed.stream().distinct().sorted().toList();
    }

    /** Null when not set, else the value as {@link #matching} checks it. */
    public static String optionalMatching(String key, String value, Pattern pattern, String mustBe) {
        return optional(value) == null ? null : matching(key, value, pattern, mustBe);
    }
}
