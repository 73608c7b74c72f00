package dev.helpbot.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.dialogue.Session;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InMemorySessionStoreTest {

    private final AtomicLong nanos = new AtomicLong();
    private final InMemorySessionStore store = new InMemorySessionStore(100, Duration.ofMinutes(30), nanos::get, Runnable::run);
    private final ConversationKey alice = ConversationKey.console("alice");

    @Test
    void save_thenLoad_returnsTheSessionAtVersionOne() {
        Session session = Session.NEW.showing(3);
        assertThat(store.save(alice, session, StoredSession.ABSENT)).isTrue();
        assertThat(store.load(alice)).hasValue(new StoredSession(session, 1));
        assertThat(store.load(ConversationKey.console("bob"))).isEmpty();
    }

    @Test
    void save_withStaleVersion_isRefusedAndKeepsTheNewerSession() {
        store.save(alice, Session.NEW.showing(1), StoredSession.ABSENT);
        store.save(alice, Session.NEW.showing(2), 1);
        assertThat(store.save(alice, Session.NEW.showing(9), 1)).isFalse();
        assertThat(store.load(alice)).hasValue(new StoredSession(Session.NEW.showing(2), 2));
    }

    @Test
    void load_afterIdleExpiry_forgetsTheConversation() {
        store.save(alice, Session.NEW.showing(3), StoredSession.ABSENT);
        nanos.addAndGet(TimeUnit.MINUTES.toNanos(29));
        assertThat(store.load(alice)).as("still inside the idle window").isPresent();
        nanos.addAndGet(TimeUnit.MINUTES.toNanos(31));
        assertThat(store.load(alice)).isEmpty();
    }

    @Test
    void save_beyondMaximum_evictsSoMemoryStaysBounded() {
        for (int i = 0; i < 1_000; i++) {
            store.save(ConversationKey.console("user" + i), Session.NEW, StoredSession.ABSENT);
        }
        store.cleanUp();
        assertThat(store.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void delete_removesTheConversation() {
        store.save(alice, Session.NEW, StoredSession.ABSENT);
        store.delete(alice);
        assertThat(store.load(alice)).isEmpty();
    }
}
