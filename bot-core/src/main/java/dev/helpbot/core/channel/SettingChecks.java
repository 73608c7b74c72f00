package dev.helpbot.core.channel;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

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

    /** Null when not set, else the value as {@link #matching} checks it. */
    public static String optionalMatching(String key, String value, Pattern pattern, String mustBe) {
        return optional(value) == null ? null : matching(key, value, pattern, mustBe);
    }
}
