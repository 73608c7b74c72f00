package dev.helpbot.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The threads this bot opened and whose conversation each belongs to, so that the owner's free text in a
 * thread continues it while support staff can talk there unanswered. Kept in memory and bounded: after a
 * restart, or for very old threads, the owner mentions the bot to continue.
 */
final class HelpThreads {

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

    synchronized Optional<String> ownerOf(String threadId) {
        return Optional.ofNullable(ownerByThread.get(threadId));
    }
}
