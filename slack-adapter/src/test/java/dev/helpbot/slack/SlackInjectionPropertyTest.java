package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.util.json.GsonFactory;
import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.TestBots;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a user types, nothing the Slack converter writes pings anyone (except the configured user
 * group on a handoff) or carries a link the bot did not write. User text reaches a reply only through
 * the handoff summary, so each try ends in a handoff.
 */
class SlackInjectionPropertyTest {

    private final ConversationEngine engine = TestBots.engine();
    /** A fresh conversation per try: an escalated one stays silent, and the handoff is what is checked. */
    private final AtomicLong tries = new AtomicLong();
    private final SlackReplyWriter writer = new SlackReplyWriter(Optional.of("S0SUPPORT1"));

    @Property(tries = 3_000)
    void anyUserText_renderedForSlack_neverPingsOrLinks(@ForAll("hostile") String typed) {
        ConversationKey key = new ConversationKey("slack", "T1", "C1:1.0", "U" + tries.incrementAndGet());
        engine.handle(IncomingMessage.text(key, "my backup fails " + typed));
        Reply handoff = engine.handle(IncomingMessage.choice(key, "human"));
        SlackMessage message = writer.handoff(handoff.handoff().orElseThrow());
        String wire = message.text() + GsonFactory.createSnakeCase().toJson(message.blocks());
        String withoutOurPing = wire.replace("<!subteam^S0SUPPORT1>", "");
        assertThat(withoutOurPing).doesNotContain("<!").doesNotContain("<@").doesNotContain("<#")
                .doesNotContain("<http").doesNotContain("<mailto");
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.of("<!channel>", "<!here>", "<!everyone>", "<@U0123ABCD>",
                "<!subteam^S999|devs>", "<#C0123|general>", "<https://evil.example|click me>", "&lt;!channel&gt;",
                "```", "> quote", "*bold*", "~strike~", "@here", "@channel", "\u200B<!channel>", "<<!here>>",
                "<mailto:a@b.c|mail>", "&", "<", ">");
        return Arbitraries.oneOf(pieces, pieces.list().ofMaxSize(6).map(p -> String.join("", p)),
                Arbitraries.strings().withChars("<>!@#&|^*_~`").withCharRange('a', 'z').ofMaxLength(60));
    }
}
