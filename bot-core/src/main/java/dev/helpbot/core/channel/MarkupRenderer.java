package dev.helpbot.core.channel;

import dev.helpbot.core.Markup;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns the core's neutral markup ({@link Markup}) into one platform's format through its {@link Dialect}. Only
 * what the bot wrote becomes formatting: every piece of literal text, typically quoted user text, is escaped.
 */
public final class MarkupRenderer {

    /** No spaces, quotes, brackets or pipes: nothing that could end a link early in any platform's syntax. */
    private static final Pattern URL_CHARACTERS = Pattern.compile("https?://[^\\s<>|()\\[\\]\"'`\\\\]+",
            Pattern.CASE_INSENSITIVE);

    private final Dialect dialect;

    public MarkupRenderer(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /**
     * The one URL rule of every channel: only http and https addresses with a host and none of the characters
     * that end a link in some platform's syntax become links; anything else is shown as text.
     */
    public static boolean isSafeUrl(String url) {
        if (url == null || !URL_CHARACTERS.matcher(url).matches()) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String render(String markup) {
        StringBuilder out = new StringBuilder(markup.length() + 16);
        String[] lines = markup.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append('\n');
            }
            StringBuilder line = new StringBuilder();
            boolean lineStart = true;
            for (Markup.Span span : Markup.parse(lines[l])) {
                line.append(switch (span.kind()) {
                    case TEXT -> dialect.escape(span.text(), lineStart);
                    case BOLD -> dialect.bold(span.text());
                    case LINK -> isSafeUrl(span.url()) ? dialect.link(span.url(), span.text())
                            : dialect.escape(span.text() + " (" + span.url() + ")", lineStart);
                });
                lineStart = false;
            }
            out.append(dialect.line(line.toString()));
        }
        return out.toString();
    }

    /**
     * A sentence from {@code responses.yaml} whose {@code {name}} placeholders stand for platform syntax the
     * adapter wrote, such as a mention or a channel link: the sentence is rendered, then each placeholder is
     * replaced by its fragment as it is, unescaped.
     */
    public String render(String markup, Map<String, String> platformFragments) {
        String rendered = render(markup);
        for (Map.Entry<String, String> fragment : platformFragments.entrySet()) {
            rendered = rendered.replace("{" + fragment.getKey() + "}", fragment.getValue());
        }
        return rendered;
    }
}
