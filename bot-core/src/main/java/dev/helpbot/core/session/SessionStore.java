package dev.helpbot.core.session;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.dialogue.Session;
import java.util.Optional;

/**
 * Where conversations are kept between messages. Implementations are thread-safe. Saves are
 * compare-and-set on the version loaded, so two bot instances serving one conversation never overwrite
 * each other's answer: the loser reloads and decides again (the policy is pure, so that is safe).
 */
public interface SessionStore {

    /** The stored session, or empty when the conversation is new or expired. */
    Optional<StoredSession> load(ConversationKey key);

    /**
     * Saves {@code session} as the next version if the stored version is still {@code expectedVersion}
     * ({@link StoredSession#ABSENT} for a new conversation).
     *
     * @return false when someone else saved first; nothing was written
     */
    boolean save(ConversationKey key, Session session, long expectedVersion);

    /**
     * As {@link #save(ConversationKey, Session, long)}, remembering in the same write which delivery was answered and
     * how (null: none). Stores shared by several instances must keep it; the default forgets it.
     */
    default boolean save(ConversationKey key, Session session, long expectedVersion, Answered answered) {
        return save(key, session, expectedVersion);
    }

    void delete(ConversationKey key);

    /** How many conversations are held, for metrics; an estimate is fine. */
    long size();

    /** True when the store can take reads and writes right now; for health checks. */
    default boolean isHealthy() {
        return true;
    }
}
