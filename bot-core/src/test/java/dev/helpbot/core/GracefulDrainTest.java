package dev.helpbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.session.InMemorySessionStore;
import dev.helpbot.core.session.SessionStore;
import dev.helpbot.core.session.StoredSession;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Shutdown waits for messages being answered, so none is cut off half-way. */
class GracefulDrainTest {

    @Test
    void awaitIdle_waitsForTheMessageInFlight_thenReturnsTrue() throws Exception {
        CountDownLatch saving = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InMemorySessionStore memory = new InMemorySessionStore(100, Duration.ofMinutes(1));
        SessionStore slowStore = new SessionStore() {
            @Override
            public Optional<StoredSession> load(ConversationKey key) {
                return memory.load(key);
            }

            @Override
            public boolean save(ConversationKey key, Session session, long expectedVersion) {
                saving.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return memory.save(key, session, expectedVersion);
            }

            @Override
            public void delete(ConversationKey key) {
                memory.delete(key);
            }

            @Override
            public long size() {
                return memory.size();
            }
        };
        ConversationEngine engine = ConversationEngine.builder(TestBots.content(), TestBots.classifier())
                .store(slowStore).build();
        CompletableFuture<Reply> reply = CompletableFuture.supplyAsync(() ->
                engine.handle(IncomingMessage.text(ConversationKey.console("late"), "icloud storage is full")));
        saving.await();

        assertThat(engine.inFlight()).isEqualTo(1);
        assertThat(engine.awaitIdle(Duration.ofMillis(100))).as("still answering").isFalse();
        release.countDown();
        assertThat(engine.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(reply.get().fix()).isEqualTo(4);
    }
}
