package dev.helpbot.core.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * Fitting rendered text into a platform's limits without breaking it: never between the two halves of an emoji
 * (or any character outside the Basic Multilingual Plane), never between an escape and the character it
 * protects, never inside an {@code &amp;}-style entity.
 */
public final class PlatformText {

    /** The longest entity a platform escape writes, {@code &quot;}; a cut looks this far back for an '&'. */
    private static final int LONGEST_ENTITY = 6;

    private PlatformText() {
    }

    /** The text, or its start and an ellipsis so that the whole is at most {@code maxChars} UTF-16 units. */
    public static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        return text.substring(0, safeCut(text, maxChars - 1)) + "\u2026";
    }

    /**
     * Parts of at most {@code maxChars}, cut at the last line break that fits, else at the last safe place.
     * Blank parts are dropped, and a part neither starts nor ends with the whitespace it was cut at.
     */
    public static List<String> split(String text, int maxChars) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > maxChars) {
            int cut = rest.lastIndexOf('\n', maxChars);
            if (cut <= 0) {
                cut = safeCut(rest, maxChars);
            }
            add(parts, rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        add(parts, rest);
        return parts;
    }

    /** The largest index at most {@code cut} (and above 0 where possible) that breaks nothing. */
    private static int safeCut(String text, int cut) {
        int at = Math.min(cut, text.length());
        if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1))) {
            at--;
        }
        int amp = text.lastIndexOf('&', at - 1);
        if (amp >= 0 && at - amp <= LONGEST_ENTITY && text.indexOf(';', amp) >= at) {
            at = amp;
        }
        while (at > 1 && text.charAt(at - 1) == '\\') {
            at--;
        }
        return at > 0 ? at : Math.min(cut, text.length());
    }

    private static void add(List<String> parts, String part) {
        if (!part.isBlank()) {
            parts.add(part.stripTrailing());
        }
    }

    /**
     * Text where no mention resolves and no address links itself: a zero-width space after every '@' (stopping
     * {@code @everyone}, {@code @here} and {@code <@id>}; one already there is kept) and inside every "://", so only
     * links the bot wrote are clickable.
     */
    public static String defused(String text) {
        return text.replaceAll("@(?!\u200B)", "@\u200B").replace("://", ":\u200B//");
    }
}
