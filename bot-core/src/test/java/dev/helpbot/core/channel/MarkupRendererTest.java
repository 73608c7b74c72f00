package dev.helpbot.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkupRendererTest {

    /** A dialect that shows what the renderer asked for. */
    private static final Dialect SHOWING = new Dialect() {
        @Override
        public String escape(String literal, boolean atLineStart) {
            return (atLineStart ? "^" : "") + literal.replace("<", "&lt;");
        }

        @Override
        public String bold(String literal) {
            return "B(" + literal + ")";
        }

        @Override
        public String link(String url, String label) {
            return "L(" + url + "|" + label + ")";
        }

        @Override
        public String line(String rendered) {
            return "[" + rendered + "]";
        }
    };

    private final MarkupRenderer renderer = new MarkupRenderer(SHOWING);

    @Test
    void render_eachPieceThroughTheDialect_lineByLine() {
        assertThat(renderer.render("Open **Settings** then [Apple](https://support.apple.com/x)\n1. Tap <here>"))
                .isEqualTo("[^Open B(Settings) then L(https://support.apple.com/x|Apple)]\n[^1. Tap &lt;here>]");
    }

    @Test
    void render_linkThatFailsTheUrlRule_isShownAsEscapedText() {
        assertThat(renderer.render("[click](javascript:alert(1))")).isEqualTo("[^click (javascript:alert(1))]");
        assertThat(renderer.render("[x](https://a.example/<b>)")).isEqualTo("[^x (https://a.example/&lt;b>)]");
    }

    @Test
    void isSafeUrl_onlyWebAddressesWithAHostAndNothingThatEndsALink() {
        assertThat(MarkupRenderer.isSafeUrl("https://support.apple.com/en-us/108366?x=1&y=2#top")).isTrue();
        assertThat(MarkupRenderer.isSafeUrl("http://example.com")).isTrue();
        assertThat(MarkupRenderer.isSafeUrl("HTTPS://EXAMPLE.COM/A")).isTrue();
        assertThat(MarkupRenderer.isSafeUrl("https://")).isFalse();
        assertThat(MarkupRenderer.isSafeUrl("ftp://example.com")).isFalse();
        assertThat(MarkupRenderer.isSafeUrl("javascript:alert(1)")).isFalse();
        assertThat(MarkupRenderer.isSafeUrl("https://a.example/x|<!channel>")).isFalse();
        assertThat(MarkupRenderer.isSafeUrl("https://a.example/ x")).isFalse();
        assertThat(MarkupRenderer.isSafeUrl("https://a.example/(x)")).isFalse();
        assertThat(MarkupRenderer.isSafeUrl("https://a.example/\"onclick")).isFalse();
        assertThat(MarkupRenderer.isSafeUrl(null)).isFalse();
    }

    @Test
    void render_withFragments_fillsPlaceholdersWithPlatformSyntaxUnescaped() {
        assertThat(renderer.render("Conversation with {person} in <{place}>", Map.of("person", "<@1>", "place", "<#2>")))
                .isEqualTo("[^Conversation with <@1> in &lt;<#2>>]");
    }
}
