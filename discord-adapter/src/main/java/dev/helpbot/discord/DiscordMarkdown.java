package dev.helpbot.discord;

import dev.helpbot.core.Markup;
import java.util.regex.Pattern;

/**
 * Turns the core's neutral markup into Discord markdown. Only what the bot wrote is formatted: every
 * piece of literal text is escaped, so markdown, code fences, headings, quotes, masked links and
 * mentions inside it (typically quoted user text) show as typed and never ping anyone.
 */
final class DiscordMarkdown {

    /** Characters Discord treats as inline markdown or mention syntax anywhere in a line. */
    private static final String INLINE_SPECIALS = "\\*_~`|[]<";
    /** Headings, quotes, lists and subtext are only markdown at the start of a line. */
    private static final Pattern LINE_START_MARKER = Pattern.compile("^(\\s*)([#>\\-+])");
    private static final Pattern SAFE_URL = Pattern.compile("https?://[^\\s()<>]+");

    private DiscordMarkdown() {
    }

    /** The whole reply text, line by line. */
    static String render(String markup) {
        StringBuilder out = new StringBuilder(markup.length() + 16);
        String[] lines = markup.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append('\n');
            }
            boolean lineStart = true;
            for (Markup.Span span : Markup.parse(lines[l])) {
                out.append(render(span, lineStart));
                lineStart = false;
            }
        }
        return out.toString();
    }

    /** Literal text, escaped so Discord shows it exactly as written. */
    static String escape(String literal, boolean atLineStart) {
        StringBuilder out = new StringBuilder(literal.length() + 8);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (INLINE_SPECIALS.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '@') {
                // A zero-width space after '@' stops @everyone, @here and <@id> from ever resolving;
                // text the core already quoted carries one, which needs no second.
                out.append('@');
                if (i + 1 >= literal.length() || literal.charAt(i + 1) != '\u200B') {
                    out.append('\u200B');
                }
            } else if (c == ':' && literal.startsWith("//", i + 1)) {
                // Breaks auto-linking: only links the bot wrote itself are clickable.
                out.append(":\u200B");
            } else {
                out.append(c);
            }
        }
        String escaped = out.toString();
        return atLineStart ? LINE_START_MARKER.matcher(escaped).replaceFirst("$1\\\\$2") : escaped;
    }

    private static String render(Markup.Span span, boolean lineStart) {
        return switch (span.kind()) {
            case TEXT -> escape(span.text(), lineStart);
            case BOLD -> "**" + escape(span.text(), false) + "**";
            case LINK -> SAFE_URL.matcher(span.url()).matches()
                    // Angle brackets keep Discord from unfurling a preview card under every step.
                    ? "[" + escape(span.text(), false) + "](<" + span.url() + ">)"
                    : escape(span.text() + " (" + span.url() + ")", lineStart);
        };
    }
}
