package dev.helpbot.core.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.dialogue.Session;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Sessions in a bounded Caffeine cache. A conversation nobody touched for {@code idleExpiry} is
 * forgotten, and beyond {@code maximumSessions} the least useful ones are evicted, so a flood of new
 * users cannot exhaust memory.
 */
public final class InMemorySessionStore implements SessionStore {

    private final Cache<ConversationKey, StoredSession> sessions;

    public InMemorySessionStore(long maximumSessions, Duration idleExpiry) {
        this(maximumSessions, idleExpiry, Ticker.systemTicker(), Runnable::run);
    }

    /** With an explicit clock and maintenance executor, so tests can move time and evict deterministically. */
    InMemorySessionStore(long maximumSessions, Duration idleExpiry, Ticker ticker, Executor executor) {
        this.sessions = Caffeine.newBuilder()
                .maximumSize(maximumSessions)
                .expireAfterAccess(idleExpiry)
                .ticker(ticker)
                .executor(executor)
                .build();
    }

    @Override
    public Optional<StoredSession> load(ConversationKey key) {
        return Optional.ofNullable(sessions.getIfPresent(key));
    }

    @Override
    public boolean save(ConversationKey key, Session session, long expectedVersion) {
        return save(key, session, expectedVersion, null);
    }

    @Override
    public boolean save(ConversationKey key, Session session, long expectedVersion, Answered answered) {
        boolean[] saved = {false};
        sessions.asMap().compute(key, (k, current) -> {
            long currentVersion = current == null ? StoredSession.ABSENT : current.version();
            if (currentVersion != expectedVersion) {
                return current;
            }
            saved[0] = true;
            return new StoredSession(session, currentVersion + 1, answered);
        });
        return saved[0];
    }

    /** Stores a session at a given version regardless of what is there; for a cache in front of another store. */
    public void put(ConversationKey key, StoredSession stored) {
        sessions.put(key, stored);
    }

    @Override
    public void delete(ConversationKey key) {
        sessions.invalidate(key);
    }

    @Override
    public long size() {
        return sessions.estimatedSize();
    }

    /** Runs pending evictions now; only tests need this. */
    void cleanUp() {
        sessions.cleanUp();
    }
}
