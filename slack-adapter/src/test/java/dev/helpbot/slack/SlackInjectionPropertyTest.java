package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.util.json.GsonFactory;
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
import org.junit.jupiter.api.Test;

/**
 * Whatever a user types, nothing the Slack converter writes pings anyone (except the configured user
 * group on a handoff) or carries a link the bot did not write. User text reaches a reply only through
 * the handoff summary, so each try ends in a handoff.
 */
class SlackInjectionPropertyTest {

    private final Conversations engine = TestBots.ngramConversations();
    /** A fresh conversation per try: an escalated one stays silent, and the handoff is what is checked. */
    private final AtomicLong tries = new AtomicLong();
    private final SlackPoster writer = new SlackPoster(null, ChannelTexts.from(TestBots.content()),
            LoopbackSettings.withUserGroup(LoopbackSettings.httpMode("xoxb-dummy", "dummy-secret", 0), "S0SUPPORT1"));

    @Test
    void anyUserText_renderedForSlack_neverPingsOrLinks() {
        Properties.forAll(3_000, hostile(), this::neverPingsOrLinks);
    }

    private void neverPingsOrLinks(String typed) {
        ConversationKey key = new ConversationKey("slack", "T1", "C1:1.0", "U" + tries.incrementAndGet());
        engine.handle(IncomingMessage.text(key, "my backup fails " + typed));
        Reply handoff = engine.handle(IncomingMessage.choice(key, "human"));
        SlackPoster.SlackMessage message = writer.handoff(handoff.handoff().orElseThrow(), null, null, null);
        String wire = message.text() + GsonFactory.createSnakeCase().toJson(message.blocks());
        String withoutOurPing = wire.replace("<!subteam^S0SUPPORT1>", "");
        assertThat(withoutOurPing).doesNotContain("<!").doesNotContain("<@").doesNotContain("<#")
                .doesNotContain("<http").doesNotContain("<mailto");
    }

    private static Gen<String> hostile() {
        Gen<String> pieces = Gen.constants("<!channel>", "<!here>", "<!everyone>", "<@U0123ABCD>",
                "<!subteam^S999|devs>", "<#C0123|general>", "<https://evil.example|click me>", "&lt;!channel&gt;",
                "```", "> quote", "*bold*", "~strike~", "@here", "@channel", "\u200B<!channel>", "<<!here>>",
                "<mailto:a@b.c|mail>", "&", "<", ">");
        return Gen.oneOf(pieces, pieces.list(6).map(p -> String.join("", p)),
                Gen.strings(CodePoints.of("<>!@#&|^*_~`").and(CodePoints.range('a', 'z')), 0, 60));
    }
}
