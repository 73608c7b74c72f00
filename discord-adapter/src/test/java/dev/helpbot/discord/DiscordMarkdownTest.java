package dev.helpbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.Markup;
import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {

    @Test
    void render_boldAndLinkTheBotWrote_becomeDiscordMarkdownWithoutPreview() {
        String rendered = DiscordMarkdown.RENDERER.render("**Fix 2 of 9** · Open [Apple's status page](https://www.apple.com/support/systemstatus/).");

        assertThat(rendered).isEqualTo("**Fix 2 of 9** · Open [Apple's status page](<https://www.apple.com/support/systemstatus/>).");
    }

    @Test
    void render_numberedSteps_stayAList() {
        assertThat(DiscordMarkdown.RENDERER.render("1. Open Settings.\n2. Tap Wi-Fi.")).isEqualTo("1. Open Settings.\n2. Tap Wi-Fi.");
    }

    @Test
    void render_quotedUserMarkdown_showsLiterally() {
        String userText = "**bold** __under__ ~~gone~~ ||spoiler|| `code` [click](https://evil.example) ```fence```";

        String rendered = DiscordMarkdown.RENDERER.render("You said: " + Markup.quote(userText));

        assertThat(rendered).isEqualTo("You said: \\*\\*bold\\*\\* \\_\\_under\\_\\_ \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\| "
                + "\\`code\\` \\[click\\](https:\u200B//evil.example) \\`\\`\\`fence\\`\\`\\`");
    }

    @Test
    void render_headingsQuotesAndListsAtLineStart_areEscaped() {
        String rendered = DiscordMarkdown.RENDERER.render("hi\n# Big heading\n> quoted\n>>> all quoted\n- item\n-# small\n  ## indented");

        assertThat(rendered.split("\n")).containsExactly("hi", "\\# Big heading", "\\> quoted", "\\>>> all quoted",
                "\\- item", "\\-# small", "  \\## indented");
    }

    @Test
    void render_everyoneHereAndMentionsInUserText_neverResolve() {
        String rendered = DiscordMarkdown.RENDERER.render(Markup.quote("@everyone @here <@123> <@&456> <#789>"));

        assertThat(rendered).doesNotContain("@everyone", "@here", "<@123>", "<@&456>", "<#789>");
        assertThat(rendered).contains("@\u200Beveryone", "@\u200Bhere");
    }

    @Test
    void escape_rawMentionSyntax_isBrokenEvenWithoutCoreQuoting() {
        assertThat(new DiscordMarkdown().escape("<@123> @everyone", false)).isEqualTo("\\<@\u200B123> @\u200Beveryone");
    }

    @Test
    void render_linkWithNonWebScheme_isShownAsTextNotAsLink() {
        String rendered = DiscordMarkdown.RENDERER.render("[tap me](javascript:alert(1))");

        assertThat(rendered).doesNotContain("](").startsWith("tap me");
    }

    @Test
    void render_bareUrlInText_isNotAutoLinked() {
        assertThat(DiscordMarkdown.RENDERER.render(Markup.quote("see https://evil.example/login"))).doesNotContain("https://");
    }
}
