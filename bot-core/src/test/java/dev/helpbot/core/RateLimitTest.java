package dev.helpbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final AtomicLong now = new AtomicLong();
    private final Conversations engine = new RateLimiter(TestBots.engine(), new RateLimits(20, 5, 1000, 1000),
            TestBots.content(), now::get);
    private final ConversationKey flooder = new ConversationKey("discord", "g", "t1", "flooder");
    private final ConversationKey neighbour = new ConversationKey("discord", "g", "t2", "neighbour");

    @Test
    void flood_fromOnePerson_getsOneNoticeThenSilence_andOthersAreUntouched() {
        int notices = 0;
        int answered = 0;
        for (int i = 0; i < 10_000; i++) {
            Reply reply = engine.handle(IncomingMessage.text(flooder, "my backup fails"));
            if (reply.intent().equals("rate_limited")) {
                notices += reply.isSilent() ? 0 : 1;
                assertThat(reply.isSilent() || reply.text().contains("faster than I can keep up")).isTrue();
            } else {
                answered++;
            }
        }
        assertThat(answered).as("the burst").isEqualTo(5);
        assertThat(notices).as("one slow-down notice for the whole flood").isEqualTo(1);
        assertThat(engine.handle(IncomingMessage.text(neighbour, "icloud storage is full")).fix()).isEqualTo(4);
    }

    @Test
    void flood_afterAPause_isAnsweredAgain() {
        for (int i = 0; i < 20; i++) {
            engine.handle(IncomingMessage.text(flooder, "hello"));
        }
        assertThat(engine.handle(IncomingMessage.text(flooder, "hello")).intent()).isEqualTo("rate_limited");
        now.addAndGet(TimeUnit.SECONDS.toNanos(3)); // 20 a minute: one token every 3 s
        assertThat(engine.handle(IncomingMessage.text(flooder, "my backup fails")).fix()).isEqualTo(1);
    }
}
