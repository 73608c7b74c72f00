package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SlackTextTest {

    private static final String ZWSP = "\u200B";

    @ParameterizedTest
    @ValueSource(strings = {"<!channel>", "<!here>", "<!everyone>", "<@U0BOB0001>", "<!subteam^S0SUPPORT1>",
            "<!subteam^S0SUPPORT1|@support>", "<#C0HELP001>", "<https://evil.example|click me>"})
    void escape_slackControlSequence_neverPassesThroughLive(String typed) {
        String escaped = SlackText.escape("please " + typed + " now");

        assertThat(escaped).doesNotContain("<").doesNotContain(">");
        assertThat(escaped).contains("&lt;").contains("&gt;");
    }

    @Test
    void escape_ampersand_becomesEntity() {
        assertThat(SlackText.escape("Documents & Data")).isEqualTo("Documents &amp; Data");
    }

    @ParameterizedTest
    @ValueSource(strings = {"@channel", "@here", "@everyone", "@HERE"})
    void escape_bareBroadcastWord_isBrokenByAnInvisibleSpace(String word) {
        assertThat(SlackText.escape("hey " + word)).isEqualTo("hey @" + ZWSP + word.substring(1));
    }

    @Test
    void escape_styleMarkers_cannotFormat() {
        String escaped = SlackText.escape("*bold* _italic_ ~strike~ `code`");

        assertThat(escaped).doesNotContainPattern("(^|[^" + ZWSP + "])[*_~`]");
    }

    @Test
    void mrkdwn_codeFence_isShownLiterally() {
        assertThat(SlackText.RENDERER.render("\\`\\`\\`rm -rf\\`\\`\\`")).doesNotContain("```");
        assertThat(SlackText.escape("```rm -rf```")).doesNotContain("```");
    }

    @Test
    void mrkdwn_lineStartingWithQuoteMarker_isNotAQuote() {
        String rendered = SlackText.RENDERER.render("first\n> quoted\n  > indented");

        assertThat(rendered.split("\n")).allSatisfy(line -> assertThat(line.strip()).doesNotStartWith("&gt;"));
        assertThat(rendered).contains(ZWSP + "&gt; quoted");
    }

    @Test
    void mrkdwn_quoteMarkerInsideALine_staysReadable() {
        assertThat(SlackText.RENDERER.render("General > Transfer or Reset iPhone")).isEqualTo("General &gt; Transfer or Reset iPhone");
    }

    @Test
    void mrkdwn_boldMarkup_becomesSlackBold() {
        assertThat(SlackText.RENDERER.render("Open **Settings** now")).isEqualTo("Open *Settings* now");
    }

    @Test
    void mrkdwn_boldWithEntities_escapesInside() {
        assertThat(SlackText.RENDERER.render("**Documents & Data <x>**")).isEqualTo("*Documents &amp; Data &lt;x&gt;*");
    }

    @Test
    void mrkdwn_webLink_becomesSlackLinkWithEscapedAmpersand() {
        assertThat(SlackText.RENDERER.render("See [Apple's guide](https://support.apple.com/x?a=1&b=2)."))
                .isEqualTo("See <https://support.apple.com/x?a=1&amp;b=2|Apple's guide>.");
    }

    @Test
    void mrkdwn_linkLabelWithControlSequence_isEscaped() {
        assertThat(SlackText.RENDERER.render("[<!channel>](https://example.com)")).isEqualTo("<https://example.com|&lt;!channel&gt;>");
    }

    @Test
    void mrkdwn_nonWebLink_isShownAsTextNotALink() {
        String rendered = SlackText.RENDERER.render("[tap here](slack://open?team=T1)");

        assertThat(rendered).doesNotContain("<").contains("tap here");
    }

    @Test
    void mrkdwn_quotedUserText_staysLiteral() {
        String quoted = dev.helpbot.core.Markup.quote("<!here> **not bold** [x](https://evil.example)");

        String rendered = SlackText.RENDERER.render("They said: " + quoted);

        assertThat(rendered).doesNotContain("<!").doesNotContain("<https").doesNotContain("*not bold*");
    }
}
