package dev.helpbot.core.channel;

/**
 * How one platform writes the core's markup: its escaping, bold and links. {@link MarkupRenderer} walks the
 * markup and asks the dialect for each piece, so every platform gets the same line handling, URL rule and
 * fragment filling, and a dialect is only the few rules that really differ.
 */
public interface Dialect {

    /** Literal text, escaped so the platform shows it as typed: no formatting, no pings, no links. */
    String escape(String literal, boolean atLineStart);

    /** Bold text; {@code literal} is not escaped yet. */
    String bold(String literal);

    /** A link the bot wrote, to a URL that passed {@link MarkupRenderer#isSafeUrl}; {@code label} is not escaped yet. */
    String link(String url, String label);

    /** A whole rendered line, for rules that look at more than one piece (Slack's quotes). */
    default String line(String rendered) {
        return rendered;
    }
}
