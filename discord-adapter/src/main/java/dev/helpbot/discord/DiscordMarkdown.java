package dev.helpbot.discord;

import dev.helpbot.core.channel.Dialect;
import dev.helpbot.core.channel.MarkupRenderer;
import dev.helpbot.core.channel.PlatformText;
import java.util.regex.Pattern;

/**
 * Discord's markdown as a {@link Dialect} of the kit's renderer. Every piece of literal text is escaped, so
 * markdown, code fences, headings, quotes, masked links and mentions inside it (typically quoted user text) show
 * as typed and never ping anyone.
 */
final class DiscordMarkdown implements Dialect {

    static final MarkupRenderer RENDERER = new MarkupRenderer(new DiscordMarkdown());

    /** Characters Discord treats as inline markdown or mention syntax anywhere in a line. */
    private static final Pattern INLINE_SPECIAL = Pattern.compile("[\\\\*_~`|\\[\\]<]");
    /** Headings, quotes, lists and subtext are only markdown at the start of a line. */
    private static final Pattern LINE_START_MARKER = Pattern.compile("^(\\s*)([#>\\-+])");

    @Override
    public String escape(String literal, boolean atLineStart) {
        String escaped = PlatformText.defused(INLINE_SPECIAL.matcher(literal).replaceAll("\\\\$0"));
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
