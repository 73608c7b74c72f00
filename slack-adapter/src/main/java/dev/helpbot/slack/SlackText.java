package dev.helpbot.slack;

import dev.helpbot.core.channel.Dialect;
import dev.helpbot.core.channel.MarkupRenderer;
import java.util.regex.Pattern;

/**
 * Slack's mrkdwn as a {@link Dialect} of the kit's renderer. Only what the bot itself marked up becomes
 * formatting; every literal character is escaped so that text people typed can never ping ({@code <!channel>},
 * {@code <@U…>}, {@code <!subteam^…>}, {@code @here}) nor break out into quotes, code blocks or styles.
 */
final class SlackText implements Dialect {

    static final MarkupRenderer RENDERER = new MarkupRenderer(new SlackText());

    /** Invisible, and enough to stop Slack from reading the next character as formatting. */
    private static final char ZERO_WIDTH_SPACE = '\u200B';
    /** Only a '\\n' ends a line for Slack (UNIX_LINES), as for the escaping around it. */
    private static final Pattern QUOTE_AT_LINE_START = Pattern.compile("(?md)^( *)&gt;");
    private static final Pattern BROADCAST_WORD = Pattern.compile("(?i)@(channel|here|everyone)");

    /** Literal text, safe anywhere in mrkdwn: entities escaped, formatting and pings defused. */
    static String escape(String literal) {
        StringBuilder out = new StringBuilder(literal.length() + 8);
        for (char c : literal.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                // Style markers only act at a word boundary; an invisible character in front removes it.
                case '*', '_', '~', '`' -> out.append(ZERO_WIDTH_SPACE).append(c);
                default -> out.append(c);
            }
        }
        return defuseQuotes(BROADCAST_WORD.matcher(out).replaceAll("@" + ZERO_WIDTH_SPACE + "$1"));
    }

    @Override
    public String escape(String literal, boolean atLineStart) {
        return escape(literal);
    }

    @Override
    public String bold(String literal) {
        String inner = literal.strip().replace('*', '\u2217');
        return inner.isEmpty() ? escape(literal) : "*" + escape(inner) + "*";
    }

    /** The URL passed the kit's rule, so only '&' needs an entity; a '|' would end the label early. */
    @Override
    public String link(String url, String label) {
        return "<" + url.replace("&", "&amp;") + "|" + escape(label.isBlank() ? url : label).replace("|", "\u00A6") + ">";
    }

    /** A line that starts with '>' (after spaces) would be shown as a quote; start it with an invisible space instead. */
    private static String defuseQuotes(String text) {
        return QUOTE_AT_LINE_START.matcher(text).replaceAll("$1" + ZERO_WIDTH_SPACE + "&gt;");
    }
}
