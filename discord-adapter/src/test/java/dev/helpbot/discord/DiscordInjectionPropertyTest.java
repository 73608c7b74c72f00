package dev.helpbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.Conversations;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.testing.Gen;
import dev.helpbot.core.testing.Gen.CodePoints;
import dev.helpbot.core.testing.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/**
 * Whatever a user types, nothing the Discord converter writes can ping (except the support role on a
 * handoff), carry a masked link the bot did not write, or break out of the text with markdown. User
 * text reaches a reply only through the handoff summary, so each try ends in a handoff.
 */
class DiscordInjectionPropertyTest {

    private static final Pattern LIVE_MENTION = Pattern.compile("@(everyone|here)|<@[!&]?\\d+>|<#\\d+>");
    /** A masked link Discord would render: brackets and parenthesis not escaped by a backslash. */
    private static final Pattern LIVE_MASKED_LINK = Pattern.compile("(?<!\\\\)\\[[^\\]\\n]*(?<!\\\\)\\]\\(<?https?:");
    private static final String SUPPORT_ROLE = "5000";

    private final Conversations engine = TestBots.ngramConversations();
    /** A fresh conversation per try: an escalated one stays silent, and the handoff is what is checked. */
    private final AtomicLong tries = new AtomicLong();
    private final DiscordReplyWriter writer = new DiscordReplyWriter(
            new DiscordSettings("test-token-not-real", null, null, null, null, SUPPORT_ROLE, 0, null, null, null),
            ChannelTexts.from(TestBots.content()));

    @Test
    void anyUserText_renderedForDiscord_neverPingsOrLinks() {
        Properties.forAll(3_000, hostile(), this::neverPingsOrLinks);
    }

    private void neverPingsOrLinks(String typed) {
        ConversationKey key = new ConversationKey("discord", "1", "2", String.valueOf(tries.incrementAndGet()));
        engine.handle(IncomingMessage.text(key, "my backup fails " + typed));
        Reply handoff = engine.handle(IncomingMessage.choice(key, "human"));
        for (MessageCreateData message : writer.handoff(handoff.handoff().orElseThrow(), true, null, null)) {
            String content = message.getContent().replace("<@&" + SUPPORT_ROLE + ">", "");
            assertThat(LIVE_MENTION.matcher(content).find()).as(content).isFalse();
            assertThat(LIVE_MASKED_LINK.matcher(content).find()).as(content).isFalse();
            assertThat(content).doesNotContain("\n```").doesNotContain("\n> ");
            assertThat(message.getAllowedMentions()).doesNotContain(net.dv8tion.jda.api.entities.Message.MentionType.EVERYONE,
                    net.dv8tion.jda.api.entities.Message.MentionType.HERE, net.dv8tion.jda.api.entities.Message.MentionType.USER);
        }
    }

    private static Gen<String> hostile() {
        Gen<String> pieces = Gen.constants("@everyone", "@here", "<@123456789012345678>", "<@!123>", "<@&999>",
                "<#42>", "[click](https://evil.example)", "[x](<https://evil.example>)", "```\ncode", "\n> quote",
                "\n# heading", "||spoiler||", "**bold**", "`tick`", "\\", "@\u200Beveryone", "@@everyone", "\n- item",
                "https://evil.example");
        return Gen.oneOf(pieces, pieces.list(6).map(p -> String.join("", p)),
                Gen.strings(CodePoints.of("@<>&!#[]()`*_~|\\\n").and(CodePoints.range('a', 'z')), 0, 60));
    }
}
