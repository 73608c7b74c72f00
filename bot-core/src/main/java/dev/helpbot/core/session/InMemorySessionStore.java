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

    private final Cache<ConversationKey, Session> sessions;

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

    /** Runs pending evictions now; only tests need this. */
    void cleanUp() {
        sessions.cleanUp();
    }

    @Override
    public Optional<Session> load(ConversationKey key) {
        return Optional.ofNullable(sessions.getIfPresent(key));
    }

    @Override
    public void save(ConversationKey key, Session session) {
        sessions.put(key, session);
    }

    @Override
    public void delete(ConversationKey key) {
        sessions.invalidate(key);
    }

    @Override
    public long size() {
        return sessions.estimatedSize();
    }
}
