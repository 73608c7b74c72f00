package dev.helpbot.app.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.session.InMemorySessionStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Redis store against a real redis-server: restarts, two instances, and Redis going away. */
class RedisSessionStoreTest {

    private final RedisTestServer server = new RedisTestServer().start();
    private final List<RedisLink> links = new ArrayList<>();
    private final ConversationKey key = ConversationKey.console("redis-user");

    /** A bot instance: its own Redis connection, local memory and engine, as a separate process would have. */
    private record Instance(RedisSessionStore store, ConversationEngine engine) {
        Reply say(ConversationKey key, String text) {
            return engine.handle(IncomingMessage.text(key, text));
        }

        Reply press(ConversationKey key, String choice) {
            return engine.handle(IncomingMessage.choice(key, choice));
        }
    }

    private Instance instance() {
        RedisLink link = new RedisLink(server.url());
        links.add(link);
        RedisSessionStore store = new RedisSessionStore(link, new InMemorySessionStore(10_000, Duration.ofHours(1)),
                "helpbot-test:", Duration.ofHours(1));
        return new Instance(store, ConversationEngine.builder(TestBots.content(), TestBots.classifier()).store(store).build());
    }

    private static void waitUntilHealthy(Instance bot) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!bot.store().isHealthy()) {
            assertThat(System.nanoTime()).as("Redis link recovered within 10 s").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @AfterEach
    void tearDown() {
        links.forEach(RedisLink::close);
        server.close();
    }

    @Test
    void conversation_survivesARestartOfTheBot() {
        Instance before = instance();
        assertThat(before.say(key, "icloud storage is full").fix()).isEqualTo(4);
        links.get(0).close();

        Instance after = instance();
        Reply reply = after.press(key, "not_worked:4");
        assertThat(reply.fix()).as("the restarted bot knows fix 4 was on screen").isEqualTo(1);
        assertThat(reply.text()).startsWith("Thanks for trying that.");
    }

    @Test
    void redelivery_toAnotherInstance_afterTheFirstAnsweredAndDied_getsTheSameReply_andMovesOnOnce() {
        Instance a = instance();
        Instance b = instance();
        a.engine().handle(IncomingMessage.text(key, "wifi keeps dropping").withDeliveryId("slack:event:Ev1"));
        Reply answeredByA = a.engine().handle(IncomingMessage.text(key, "still failing").withDeliveryId("slack:event:Ev2"));
        links.get(0).close(); // a dies before its reply is out; Slack retries Ev2 and b gets it

        Reply retriedOnB = b.engine().handle(IncomingMessage.text(key, "still failing").withDeliveryId("slack:event:Ev2"));
        Reply next = b.engine().handle(IncomingMessage.text(key, "still failing").withDeliveryId("slack:event:Ev3"));

        assertThat(retriedOnB).isEqualTo(answeredByA);
        assertThat(answeredByA.fix()).isEqualTo(1);
        assertThat(next.fix()).as("one fix further, not two").isEqualTo(3);
    }

    @Test
    void twoInstances_servingOneConversationAlternately_loseNoAnswer() {
        Instance a = instance();
        Instance b = instance();
        assertThat(a.say(key, "my backup fails every night").fix()).isEqualTo(1);
        assertThat(b.press(key, "not_worked:1").fix()).isEqualTo(2);
        assertThat(a.press(key, "skip:2").fix()).isEqualTo(3);
        assertThat(b.press(key, "back:3").fix()).isEqualTo(2);
        assertThat(a.press(key, "worked:2").status().wireName()).isEqualTo("resolved");
        assertThat(b.store().load(key)).hasValueSatisfying(stored -> assertThat(stored.version()).isEqualTo(5));
    }

    @Test
    void twoInstances_underConcurrentLoadOnOneConversation_applyEveryMessageExactlyOnce() throws Exception {
        Instance a = instance();
        Instance b = instance();
        a.say(key, "my backup fails every night");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Instance target = i % 2 == 0 ? a : b;
            replies.add(pool.submit(() -> {
                start.await();
                return target.say(key, "say that again");
            }));
        }
        start.countDown();
        for (Future<Reply> reply : replies) {
            assertThat(reply.get().fix()).isEqualTo(1);
        }
        pool.shutdown();
        // Each handled message saves exactly one new version: 1 + 100 means none was lost or applied twice.
        assertThat(a.store().load(key)).hasValueSatisfying(stored -> assertThat(stored.version()).isEqualTo(101));
    }

    @Test
    void redisKilledMidConversation_botKeepsAnswering_andWritesThroughWhenItReturns() {
        Instance bot = instance();
        assertThat(bot.say(key, "wifi keeps dropping").fix()).isEqualTo(2);
        server.stop();

        assertThat(bot.press(key, "not_worked:2").fix()).as("answered from memory").isEqualTo(1);
        assertThat(bot.press(key, "skip:1").fix()).isEqualTo(3);
        assertThat(bot.store().isHealthy()).isFalse();

        server.start();
        waitUntilHealthy(bot);
        assertThat(bot.press(key, "not_worked:3").fix()).isEqualTo(4);

        Instance fresh = instance();
        assertThat(fresh.press(key, "not_worked:4").fix())
                .as("another instance sees the answers given during the outage").isEqualTo(5);
    }

    @Test
    void redisDownAtStart_botStartsOnMemory_andUsesRedisOnceItAnswers() {
        server.stop();
        Instance bot = instance();
        assertThat(bot.store().isHealthy()).isFalse();
        assertThat(bot.say(key, "icloud storage is full").fix()).isEqualTo(4);

        server.start();
        waitUntilHealthy(bot);
        Instance other = instance();
        assertThat(other.press(key, "worked:4").status().wireName()).isEqualTo("resolved");
    }
}
