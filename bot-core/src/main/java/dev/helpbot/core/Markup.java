package dev.helpbot.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The tiny, platform-neutral markup of reply text: {@code **bold**}, {@code [label](https://url)},
 * line breaks, and lines that start with "1. " for numbered steps. A backslash makes the next
 * character literal. Adapters turn {@link #parse(String) spans} into their own format and escape
 * literal text for it.
 */
public final class Markup {

    private Markup() {
    }

    /** A piece of a line: plain text, bold text, or a link. */
    public record Span(Kind kind, String text, String url) {
        public enum Kind { TEXT, BOLD, LINK }

        public static Span text(String text) {
            return new Span(Kind.TEXT, text, null);
        }
    }

    /**
     * Makes arbitrary text safe to embed in markup: markup characters become literal, and anything that
     * could ping or address people on any platform ({@code @everyone}, {@code <@id>}, {@code <!channel>})
     * is defused. Control and direction-override characters are dropped.
     */
    public static String quote(String userText) {
        String visible = TextSanitizer.clean(userText);
        StringBuilder out = new StringBuilder(visible.length() + 8);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            switch (c) {
                case '\\', '*', '[', ']' -> out.append('\\').append(c);
                // A zero-width space after '@' breaks @everyone, @here and <@id> on every platform we know.
                case '@' -> out.append("@\u200B");
                // Slack's <!channel> and Discord's <@&role> need angle brackets; look-alikes read the same.
                case '<' -> out.append('\u2039');
                case '>' -> out.append('\u203A');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits one line of markup into spans. Unclosed markers are kept as literal text. */
    public static List<Span> parse(String line) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                plain.append(line.charAt(i + 1));
                i += 2;
            } else if (c == '*' && line.startsWith("**", i)) {
                int end = findUnescaped(line, "**", i + 2);
                if (end < 0) {
                    plain.append("**");
                    i += 2;
                    continue;
                }
                flush(plain, spans);
                spans.add(new Span(Span.Kind.BOLD, unescape(line.substring(i + 2, end)), null));
                i = end + 2;
            } else if (c == '[') {
                int close = findUnescaped(line, "](", i + 1);
                int end = close < 0 ? -1 : line.indexOf(')', close + 2);
                if (end < 0) {
                    plain.append(c);
                    i++;
                    continue;
                }
                flush(plain, spans);
                spans.add(new Span(Span.Kind.LINK, unescape(line.substring(i + 1, close)),
                        line.substring(close + 2, end)));
                i = end + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        flush(plain, spans);
        return spans;
    }

    /** The text with markup removed, as a person would read it: for logs, consoles and summaries. */
    public static String toPlainText(String markup) {
        StringBuilder out = new StringBuilder(markup.length());
        String[] lines = markup.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append('\n');
            }
            for (Span span : parse(lines[l])) {
                out.append(span.text());
                if (span.kind() == Span.Kind.LINK) {
                    out.append(" (").append(span.url()).append(')');
                }
            }
        }
        return out.toString();
    }

    private static int findUnescaped(String line, String marker, int from) {
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) == '\\') {
                i += 2;
            } else if (line.startsWith(marker, i)) {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                out.append(s.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void flush(StringBuilder plain, List<Span> spans) {
        if (!plain.isEmpty()) {
            spans.add(Span.text(plain.toString()));
            plain.setLength(0);
        }
    }
}
