package dev.helpbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.session.InMemorySessionStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A message the platform delivers again after the conversation answered it (the instance that answered died before
 * its reply was out) gets the same answer, and the conversation moves on once.
 */
class RedeliveryTest {

    private final List<String> observed = new CopyOnWriteArrayList<>();
    private final ConversationEngine engine = ConversationEngine.builder(TestBots.content(), TestBots.classifier())
            .store(new InMemorySessionStore(100, Duration.ofHours(1)))
            .observer(handled -> observed.add(handled.reply().intent())).build();
    private final ConversationKey key = new ConversationKey("slack", "T1", "D1:main", "U1");

    @Test
    void sameDeliveryAgain_getsTheSameReply_andTheConversationMovesOnOnce() {
        Reply first = engine.handle(IncomingMessage.text(key, "wifi keeps dropping").withDeliveryId("slack:event:Ev1"));
        Reply answered = engine.handle(IncomingMessage.text(key, "still failing").withDeliveryId("slack:event:Ev2"));

        Reply again = engine.handle(IncomingMessage.text(key, "still failing").withDeliveryId("slack:event:Ev2"));
        Reply next = engine.handle(IncomingMessage.text(key, "still failing").withDeliveryId("slack:event:Ev3"));

        assertThat(first.fix()).isEqualTo(2);
        assertThat(answered.fix()).isEqualTo(1);
        assertThat(again).isEqualTo(answered);
        assertThat(next.fix()).as("one fix further, not two").isEqualTo(3);
        assertThat(observed).as("the repeat is not counted again").hasSize(3);
    }

    @Test
    void withoutADeliveryId_theSameTextIsANewMessage() {
        engine.handle(IncomingMessage.text(key, "wifi keeps dropping"));
        Reply once = engine.handle(IncomingMessage.text(key, "still failing"));
        Reply twice = engine.handle(IncomingMessage.text(key, "still failing"));

        assertThat(once.fix()).isEqualTo(1);
        assertThat(twice.fix()).isEqualTo(3);
    }
}
