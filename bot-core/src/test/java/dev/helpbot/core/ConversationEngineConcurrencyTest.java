package dev.helpbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.session.SessionStore;
import dev.helpbot.core.session.StoredSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Messages of one conversation never interleave; different conversations never see each other. */
class ConversationEngineConcurrencyTest {

    /** Counts how many handle() calls are inside load..save for one key at the same moment. */
    private static final class OverlapDetectingStore implements SessionStore {
        final ConcurrentHashMap<ConversationKey, StoredSession> sessions = new ConcurrentHashMap<>();
        final ConcurrentHashMap<ConversationKey, AtomicInteger> inside = new ConcurrentHashMap<>();
        final AtomicInteger maxOverlap = new AtomicInteger();

        @Override
        public Optional<StoredSession> load(ConversationKey key) {
            int now = inside.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            maxOverlap.accumulateAndGet(now, Math::max);
            Thread.yield();
            return Optional.ofNullable(sessions.get(key));
        }

        @Override
        public boolean save(ConversationKey key, Session session, long expectedVersion) {
            sessions.put(key, new StoredSession(session, expectedVersion + 1));
            inside.get(key).decrementAndGet();
            return true;
        }

        @Override
        public void delete(ConversationKey key) {
            sessions.remove(key);
        }

        @Override
        public long size() {
            return sessions.size();
        }
    }

    @Test
    void handle_hundredThreadsOnOneConversation_neverOverlapAndLoseNothing() throws Exception {
        OverlapDetectingStore store = new OverlapDetectingStore();
        ConversationEngine engine = ConversationEngine.builder(TestBots.content(), TestBots.classifier()).store(store).build();
        ConversationKey key = ConversationKey.console("crowd");
        engine.handle(IncomingMessage.text(key, "my backup keeps failing"));
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            replies.add(pool.submit(() -> {
                start.await();
                return engine.handle(IncomingMessage.text(key, "say that again"));
            }));
        }
        start.countDown();
        for (Future<Reply> reply : replies) {
            assertThat(reply.get().fix()).isEqualTo(1);
        }
        pool.shutdown();
        assertThat(store.maxOverlap.get()).isEqualTo(1);
    }

    @Test
    void handle_manyConversationsInParallel_eachFollowsItsOwnScript() throws Exception {
        ConversationEngine engine = TestBots.engine();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int user = 0; user < 200; user++) {
            ConversationKey key = ConversationKey.console("user" + user);
            boolean storage = user % 2 == 0;
            results.add(pool.submit(() -> List.of(
                    engine.handle(IncomingMessage.text(key, storage ? "icloud storage is full" : "wifi keeps dropping")).fix(),
                    engine.handle(IncomingMessage.choice(key, storage ? "not_worked:4" : "not_worked:2")).fix(),
                    engine.handle(IncomingMessage.choice(key, "not_worked:1")).fix())));
        }
        for (int user = 0; user < 200; user++) {
            List<Integer> fixes = results.get(user).get();
            assertThat(fixes).as("user %d", user).isEqualTo(user % 2 == 0 ? List.of(4, 1, 2) : List.of(2, 1, 3));
        }
        pool.shutdown();
    }
}
