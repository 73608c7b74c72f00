package dev.helpbot.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.app.redis.RedisLink;
import dev.helpbot.app.redis.RedisSessionStore;
import dev.helpbot.app.redis.RedisTestServer;
import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.session.InMemorySessionStore;
import dev.helpbot.core.session.SessionStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * 10,000 conversations at once, each following one of a few scripts, interleaved across threads:
 * every transcript must match its script exactly (nothing lost, nothing crossed between users).
 * Prints the throughput it saw; it asserts behaviour, not speed.
 */
class ScriptedLoadTest {

    private static final int CONVERSATIONS = 10_000;

    /** A script: what the user sends, and the fix (or state) expected after each message. */
    private record Step(String choiceOrText, boolean choice, String expected) {
    }

    private static final List<List<Step>> SCRIPTS = List.of(
            List.of(text("icloud storage is full", "fix 4"), choice("not_worked:4", "fix 1"), choice("skip:1", "fix 2"),
                    choice("worked:2", "resolved")),
            List.of(text("wifi keeps dropping", "fix 2"), choice("not_worked:2", "fix 1"), choice("human", "escalated")),
            List.of(text("my backup keeps failing", "fix 1"), choice("not_worked:1", "fix 2"), choice("back:2", "fix 1"),
                    choice("worked:1", "resolved")));

    private static Step text(String text, String expected) {
        return new Step(text, false, expected);
    }

    private static Step choice(String id, String expected) {
        return new Step(id, true, expected);
    }

    @Test
    void tenThousandConversations_inMemory_eachMatchesItsScript() throws Exception {
        run("memory", ConversationEngine.builder(TestBots.content(), TestBots.classifier())
                .store(new InMemorySessionStore(100_000, Duration.ofHours(1))).build(), 8);
    }

    @Test
    void tenThousandConversations_throughRedisWithTwoInstances_eachMatchesItsScript() throws Exception {
        try (RedisTestServer redis = new RedisTestServer().start();
             RedisLink linkA = new RedisLink(redis.url()); RedisLink linkB = new RedisLink(redis.url())) {
            Function<RedisLink, ConversationEngine> instance = link -> {
                SessionStore store = new RedisSessionStore(link, new InMemorySessionStore(100_000, Duration.ofHours(1)),
                        "load:", Duration.ofHours(1));
                return ConversationEngine.builder(TestBots.content(), TestBots.classifier()).store(store).build();
            };
            ConversationEngine a = instance.apply(linkA);
            ConversationEngine b = instance.apply(linkB);
            // Alternate instances message by message, as a load balancer might.
            run("redis, 2 instances", new AlternatingEngines(a, b), 8);
        }
    }

    private interface Engine {
        Reply handle(IncomingMessage message, int step);
    }

    private record AlternatingEngines(ConversationEngine a, ConversationEngine b) implements Engine {
        @Override
        public Reply handle(IncomingMessage message, int step) {
            return (step % 2 == 0 ? a : b).handle(message);
        }
    }

    private void run(String label, ConversationEngine engine, int threads) throws Exception {
        run(label, (message, step) -> engine.handle(message), threads);
    }

    private void run(String label, Engine engine, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> results = new ArrayList<>(CONVERSATIONS);
        long started = System.nanoTime();
        for (int user = 0; user < CONVERSATIONS; user++) {
            ConversationKey key = new ConversationKey("load", "w", "c" + user, "u" + user);
            List<Step> script = SCRIPTS.get(user % SCRIPTS.size());
            results.add(pool.submit(() -> play(engine, key, script)));
        }
        int messages = 0;
        for (int user = 0; user < CONVERSATIONS; user++) {
            assertThat(results.get(user).get()).as("conversation %d", user).isEqualTo("as scripted");
            messages += SCRIPTS.get(user % SCRIPTS.size()).size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf("scripted load (%s): %d conversations, %d messages, %d threads, %.0f messages/s%n",
                label, CONVERSATIONS, messages, threads, messages / seconds);
    }

    private static String play(Engine engine, ConversationKey key, List<Step> script) {
        for (int i = 0; i < script.size(); i++) {
            Step step = script.get(i);
            IncomingMessage message = step.choice() ? IncomingMessage.choice(key, step.choiceOrText())
                    : IncomingMessage.text(key, step.choiceOrText());
            Reply reply = engine.handle(message, i);
            String seen = reply.fix() != null ? "fix " + reply.fix() : reply.status().wireName();
            if (!seen.equals(step.expected())) {
                return "step " + (i + 1) + ": expected " + step.expected() + ", saw " + seen;
            }
        }
        return "as scripted";
    }
}
