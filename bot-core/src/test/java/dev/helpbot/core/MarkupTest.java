package dev.helpbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.Markup.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void parse_boldAndLinks_becomeSpans() {
        List<Span> spans = Markup.parse("Open **Settings** and see [Apple](https://apple.com).");
        assertThat(spans).containsExactly(Span.text("Open "), new Span(Span.Kind.BOLD, "Settings", null),
                Span.text(" and see "), new Span(Span.Kind.LINK, "Apple", "https://apple.com"), Span.text("."));
    }

    @Test
    void parse_unclosedMarkers_stayLiteral() {
        assertThat(Markup.parse("2 ** 3 and [not a link")).containsExactly(Span.text("2 ** 3 and [not a link"));
    }

    @Test
    void quote_markupCharacters_parseBackAsLiteralText() {
        String typed = "**bold** [x](https://evil.example) \\ done";
        assertThat(Markup.parse(Markup.quote(typed))).containsExactly(Span.text(typed));
    }

    @Test
    void quote_mentionsOfEveryPlatform_areDefused() {
        String quoted = Markup.quote("@everyone @here <@123> <@&456> <!channel> <!subteam^S1>");
        assertThat(quoted).doesNotContain("@everyone").doesNotContain("@here").doesNotContain("<@")
                .doesNotContain("<!").doesNotContain("<");
    }

    @Test
    void quote_controlAndBidiCharacters_areRemoved() {
        assertThat(Markup.quote("a\u0000b\u202Ec\u200Bd\u0007")).isEqualTo("abcd");
    }

    @Test
    void toPlainText_dropsMarkupKeepsUrls() {
        assertThat(Markup.toPlainText("**Fix 1**\nsee [status](https://x.y)")).isEqualTo("Fix 1\nsee status (https://x.y)");
    }
}
