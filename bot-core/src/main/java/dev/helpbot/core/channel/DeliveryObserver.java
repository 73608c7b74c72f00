package dev.helpbot.core.channel;

/**
 * Told how each delivery ended, after everything it posted is out: metrics count outcomes here, and tests wait
 * on it instead of sleeping. Implementations must be fast and thread-safe, and must not throw.
 */
@FunctionalInterface
public interface DeliveryObserver {

    DeliveryObserver NONE = (platform, outcome) -> { };

    void delivered(String platform, Outcome outcome);

    /** How a delivery ended. */
    enum Outcome {
        /** The engine answered and the answer was posted (or was silent, as while people handle a hand-over). */
        ANSWERED,
        /** Nothing for the bot: someone else's message in a help thread, a thread that is not the bot's. */
        IGNORED,
        /** The platform delivered it again; the first delivery was answered. */
        DUPLICATE,
        /** Someone pressed or mentioned into another person's conversation and was told so. */
        NOT_YOURS,
        /** The bot may not post where it was asked; the person was told how to let it in. */
        CANNOT_POST,
        /** Reading, answering or posting failed after the platform was acknowledged; the person got the apology. */
        FAILED,
        /** Too much was queued for one person, or the channel was closing; nothing was answered. */
        DROPPED,
        /**
         * Another instance holds it and had not answered within the ack budget: the platform is asked to deliver it
         * again later, when it is answered or the other instance's lease has run out.
         */
        DEFERRED
    }
}
