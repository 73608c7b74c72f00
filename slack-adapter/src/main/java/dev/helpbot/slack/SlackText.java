package dev.helpbot.slack;

import dev.helpbot.core.Markup;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the core's neutral markup into Slack mrkdwn. Only what the bot itself marked up becomes
 * formatting; every literal character is escaped so that text people typed can never ping
 * ({@code <!channel>}, {@code <@U…>}, {@code <!subteam^…>}, {@code @here}) nor break out into quotes,
 * code blocks or styles.
 */
final class SlackText {

    /** Invisible, and enough to stop Slack from reading the next character as formatting. */
    private static final char ZERO_WIDTH_SPACE = '\u200B';
    private static final Pattern BROADCAST_WORD = Pattern.compile("(?i)@(channel|here|everyone)");

    private SlackText() {
    }

    /** Neutral markup (see {@link Markup}) as mrkdwn. */
    static String mrkdwn(String markup) {
        StringBuilder out = new StringBuilder(markup.length() + 16);
        String[] lines = markup.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(line(lines[i]));
        }
        return out.toString();
    }

    /** Literal text, safe anywhere in mrkdwn: entities escaped, formatting and pings defused. */
    static String escape(String literal) {
        StringBuilder out = new StringBuilder(literal.length() + 8);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                // Style markers only act at a word boundary; an invisible character in front removes it.
                case '*', '_', '~', '`' -> out.append(ZERO_WIDTH_SPACE).append(c);
                default -> out.append(c);
            }
        }
        String escaped = BROADCAST_WORD.matcher(out).replaceAll("@" + ZERO_WIDTH_SPACE + "$1");
        return defuseQuotes(escaped);
    }

    /** A ping of the support user group; the id was validated by {@link SlackSettings}. */
    static String userGroupMention(String userGroupId) {
        return "<!subteam^" + userGroupId + ">";
    }

    private static String line(String markupLine) {
        StringBuilder out = new StringBuilder(markupLine.length() + 8);
        for (Markup.Span span : Markup.parse(markupLine)) {
            switch (span.kind()) {
                case TEXT -> out.append(escape(span.text()));
                case BOLD -> out.append(bold(span.text()));
                case LINK -> out.append(link(span.url(), span.text()));
            }
        }
        return defuseQuotes(out.toString());
    }

    private static String bold(String text) {
        String inner = text.strip().replace('*', '\u2217');
        if (inner.isEmpty()) {
            return escape(text);
        }
        return "*" + escape(inner) + "*";
    }

    /** Only web links become Slack links; anything else shows as its (escaped) label and address. */
    private static String link(String url, String label) {
        String shown = label.isBlank() ? url : label;
        if (!isWebUrl(url)) {
            return escape(shown + " (" + url + ")");
        }
        String safeUrl = url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")
                .replace(" ", "%20");
        return "<" + safeUrl + "|" + escape(shown).replace("|", "\u00A6") + ">";
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A line that starts with '>' would be shown as a quote; start it with an invisible space instead. */
    private static String defuseQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            if (lineStart && text.startsWith("&gt;", i)) {
                out.append(ZERO_WIDTH_SPACE);
            }
            char c = text.charAt(i);
            out.append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return out.toString();
    }
}
