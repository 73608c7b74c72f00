package dev.helpbot.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The threads this bot opened and whose conversation each belongs to, so that the owner's free text in a
 * thread continues it while support staff can talk there unanswered. Kept in memory and bounded: after a
 * restart, or for very old threads, {@link ThreadOwnerLookup} asks Discord again and records the answer here.
 */
final class HelpThreads {

    /** Stands for "looked up, not one of ours", so that such a thread costs one REST call, not one per message. */
    private static final String NO_OWNER = "";

    private final Map<String, String> ownerByThread;

    HelpThreads(int capacity) {
        this.ownerByThread = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void opened(String threadId, String ownerId) {
        ownerByThread.put(threadId, ownerId);
    }

    /** Discord said the thread is not a help thread of this bot (its starter message is gone or is not ours). */
    synchronized void notOurs(String threadId) {
        ownerByThread.put(threadId, NO_OWNER);
    }

    /** True once the thread was opened here or looked up, whatever the answer. */
    synchronized boolean isKnown(String threadId) {
        return ownerByThread.containsKey(threadId);
    }

    synchronized Optional<String> ownerOf(String threadId) {
        return Optional.ofNullable(ownerByThread.get(threadId)).filter(owner -> !owner.equals(NO_OWNER));
    }
}
