package dev.helpbot.discord;

import dev.helpbot.core.channel.Dialect;
import dev.helpbot.core.channel.MarkupRenderer;
import java.util.regex.Pattern;

/**
 * Discord's markdown as a {@link Dialect} of the kit's renderer. Every piece of literal text is escaped, so
 * markdown, code fences, headings, quotes, masked links and mentions inside it (typically quoted user text) show
 * as typed and never ping anyone.
 */
final class DiscordMarkdown implements Dialect {

    static final MarkupRenderer RENDERER = new MarkupRenderer(new DiscordMarkdown());

    /** Characters Discord treats as inline markdown or mention syntax anywhere in a line. */
    private static final String INLINE_SPECIALS = "\\*_~`|[]<";
    /** Headings, quotes, lists and subtext are only markdown at the start of a line. */
    private static final Pattern LINE_START_MARKER = Pattern.compile("^(\\s*)([#>\\-+])");

    @Override
    public String escape(String literal, boolean atLineStart) {
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

    @Override
    public String bold(String literal) {
        return "**" + escape(literal, false) + "**";
    }

    @Override
    public String link(String url, String label) {
        // Angle brackets keep Discord from unfurling a preview card under every step.
        return "[" + escape(label, false) + "](<" + url + ">)";
    }
}
