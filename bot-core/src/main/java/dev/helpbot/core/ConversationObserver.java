package dev.helpbot.core;

import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.dialogue.Turn;

/**
 * Told about every handled message, after its session is saved: metrics and analytics listen here so
 * the engine stays free of them. Implementations must be fast and thread-safe, and must not throw.
 */
@FunctionalInterface
public interface ConversationObserver {

    ConversationObserver NONE = handled -> { };

    void onHandled(Handled handled);

    /** Tells each observer in turn. */
    static ConversationObserver all(ConversationObserver... observers) {
        ConversationObserver[] copy = observers.clone();
        return handled -> {
            for (ConversationObserver observer : copy) {
                observer.onHandled(handled);
            }
        };
    }

    /**
     * One handled message.
     *
     * @param key         whose conversation
     * @param turn        how the message was read; null for the support team's button on a hand-over note
     *                    ({@link IncomingMessage#staff}), which is no message from the person
     * @param before      the session before it
     * @param after       the session after it
     * @param reply       what the bot answered
     * @param elapsedNanos time spent in the engine, including the store
     */
    record Handled(ConversationKey key, Turn turn, Session before, Session after, Reply reply, long elapsedNanos) {
    }
}
