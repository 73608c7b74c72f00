package dev.helpbot.core.channel.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.helpbot.core.channel.OwnerSource;
import java.util.Optional;

/**
 * Who owns each thread the bot runs a conversation in. Kept in memory, bounded; a thread the memory does not
 * hold (after a restart, or long unused) is read back from the platform through an {@link OwnerSource}, once:
 * the answer, including "not a help thread", is remembered, so chatter in other threads costs no second call.
 * Concurrent lookups of one thread wait for a single call.
 */
public final class ThreadOwners {

    private static final int CAPACITY = 100_000;
    /** Remembered for threads known not to be help threads. */
    private static final String NOBODY = "";

    private final Cache<String, String> owners = Caffeine.newBuilder().maximumSize(CAPACITY).build();

    /** The thread was opened for, or its button pressed by, {@code ownerId}. */
    public void remember(String threadKey, String ownerId) {
        owners.put(threadKey, ownerId);
    }

    /** The thread is nobody's: the bot answers no one there unless addressed. */
    public void disown(String threadKey) {
        owners.put(threadKey, NOBODY);
    }

    /** The owner, reading it back from the platform when not remembered; empty when nobody owns the thread. */
    public Optional<String> ownerOf(String threadKey, OwnerSource source) throws Exception {
        try {
            String owner = owners.get(threadKey, key -> {
                try {
                    return source.ownerOf().orElse(NOBODY);
                } catch (Exception e) {
                    throw new LookupFailed(e);
                }
            });
            return owner.equals(NOBODY) ? Optional.empty() : Optional.of(owner);
        } catch (LookupFailed e) {
            throw (Exception) e.getCause();
        }
    }

    /**
     * Gives a thread nobody owns to {@code personId}: the first to mention the bot there. True when the thread is
     * (now) theirs, false when someone else was first.
     */
    public boolean claim(String threadKey, String personId) {
        return owners.asMap().compute(threadKey, (key, owner) -> owner == null || owner.equals(NOBODY) ? personId : owner)
                .equals(personId);
    }

    /** Carries a lookup's checked failure through Caffeine's loader. */
    private static final class LookupFailed extends RuntimeException {
        LookupFailed(Exception cause) {
            super(cause);
        }
    }
}
