package dev.helpbot.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.Handoff;
import dev.helpbot.core.TestBots;
import org.junit.jupiter.api.Test;

class ChannelTextsTest {

    private final ChannelTexts texts = ChannelTexts.from(TestBots.content());
    /** Shows the core's markup as it is, to see what the texts put around the platform's fragments. */
    private static final MarkupRenderer PLAIN = new MarkupRenderer(new Dialect() {
        @Override
        public String escape(String literal, boolean atLineStart) {
            return literal;
        }

        @Override
        public String bold(String literal) {
            return literal;
        }

        @Override
        public String link(String url, String label) {
            return label;
        }
    });

    @Test
    void sentencesNamingTheCommand_fillItInAsLiteralText() {
        assertThat(texts.notYours("/backup-help")).contains("/backup-help").doesNotContain("{command}");
        assertThat(texts.cannotPostHere("/help_*me*")).contains("/help_\\*me\\*");
    }

    @Test
    void threadTitle_isPlainTextWithTheName() {
        assertThat(texts.threadTitle("alice", 100)).contains("alice").doesNotContain("{name}").doesNotContain("**");
        assertThat(texts.threadTitle("a".repeat(300), 100)).hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void sentencesWithPlatformSyntax_keepTheirPlaceholdersForTheRenderer() {
        assertThat(texts.threadStarter()).contains("{person}");
        assertThat(texts.handoffFrom(PLAIN, false, "<@1>", "<#2>")).contains("<@1>", "<#2>").doesNotContain("{");
        assertThat(texts.handoffFrom(PLAIN, true, "<@1>", "<#2>")).contains("<@1>").doesNotContain("{");
    }

    @Test
    void handoffNote_isThePingTheHeaderAndTheNote() {
        Handoff handoff = new Handoff(Handoff.Reason.REQUESTED, "the summary");
        assertThat(texts.handoffNote(handoff, PLAIN, "<@&9> ", "from here")).isEqualTo("<@&9> from here\nthe summary");
        assertThat(texts.handoffNote(handoff, PLAIN, "", null)).isEqualTo("the summary");
    }

    @Test
    void choiceMade_quotesTheLabel() {
        assertThat(texts.choiceMade("Yes, it *backed* up")).contains("Yes, it \\*backed\\* up");
    }

    @Test
    void commandTexts_fitDiscordsHundredCharacters() {
        assertThat(texts.commandDescription()).isNotBlank().hasSizeLessThanOrEqualTo(100);
        assertThat(texts.optionFix()).isNotBlank().hasSizeLessThanOrEqualTo(100);
        assertThat(texts.optionRestart()).isNotBlank().hasSizeLessThanOrEqualTo(100);
        assertThat(texts.optionStats()).isNotBlank().hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void webChatHandoff_quotesTheContact_andSaysWhenThereIsNone() {
        assertThat(texts.handoffFromWebChat("<b>x</b>@example.io *y*")).contains("\u2039b\u203Ax\u2039/b\u203A@example.io")
                .contains("\\*y\\*").doesNotContain("{contact}");
        assertThat(texts.handoffFromWebChat("@everyone")).contains("@\u200Beveryone");
        assertThat(texts.handoffFromWebChat("me @here")).contains("@\u200Bhere");
        assertThat(texts.handoffFromWebChat("  ")).isEqualTo(texts.handoffFromWebChat(null)).doesNotContain("{contact}");
    }

    @Test
    void webPage_hasEveryWordOfThePage_asPlainText() {
        assertThat(texts.webPage()).containsKeys("title", "send", "typing", "contact_prompt", "widget_open")
                .allSatisfy((name, text) -> assertThat(text).as(name).isNotBlank().doesNotContain("**"));
    }
}
