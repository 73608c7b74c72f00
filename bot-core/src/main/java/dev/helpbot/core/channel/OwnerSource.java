package dev.helpbot.core.channel;

import java.util.Optional;

/**
 * Reads a thread's owner back from the platform, for threads the kit does not remember: after a restart, or
 * once a thread has dropped out of memory. Asked at most once per thread while the answer is remembered; the
 * adapter makes it cheap for threads that cannot be the bot's (someone else created them) by answering empty
 * without a call.
 */
@FunctionalInterface
public interface OwnerSource {

    /** For places that cannot have been opened by the bot: nothing to read back. */
    OwnerSource NONE = Optional::empty;

    /**
     * @return the owner's id; empty when the thread is not one the bot opened for someone, which is remembered
     * @throws Exception when the platform cannot say right now; nothing is remembered and the next message asks again
     */
    Optional<String> ownerOf() throws Exception;

    /** Reads the owner back from the platform, once per thread while remembered. */
    @FunctionalInterface
    interface Lookup {
        Optional<String> read() throws Exception;
    }

    /**
     * Reads the owner with {@code lookup}. The platform's own "no" (the parent message is gone, the bot may not read
     * it) is final and remembered as "not a help thread"; a failure {@code asksAgain} accepts (a server error, a rate
     * limit that outlasted the retries, the network) leaves nothing remembered, so the next message asks again.
     */
    static OwnerSource reading(Lookup lookup, java.util.function.Predicate<Exception> asksAgain) {
        return () -> {
            try {
                return lookup.read();
            } catch (Exception e) {
                if (asksAgain.test(e)) {
                    throw e;
                }
                return Optional.empty();
            }
        };
    }
}
