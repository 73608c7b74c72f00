package dev.helpbot.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import org.junit.jupiter.api.Test;

class ChannelTextsTest {

    private final ChannelTexts texts = ChannelTexts.from(TestBots.content());

    @Test
    void sentencesNamingTheCommand_fillItInAsLiteralText() {
        assertThat(texts.notYours("/backup-help")).contains("/backup-help").doesNotContain("{command}");
        assertThat(texts.cannotPostHere("/help_*me*")).contains("/help_\\*me\\*");
    }

    @Test
    void threadTitle_isPlainTextWithTheName() {
        assertThat(texts.threadTitle("alice")).contains("alice").doesNotContain("{name}").doesNotContain("**");
    }

    @Test
    void sentencesWithPlatformSyntax_keepTheirPlaceholdersForTheRenderer() {
        assertThat(texts.threadStarter()).contains("{person}");
        assertThat(texts.handoffFrom()).contains("{person}", "{place}");
        assertThat(texts.handoffFromDirectMessage()).contains("{person}");
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
