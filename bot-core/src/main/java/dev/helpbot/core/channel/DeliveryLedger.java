package dev.helpbot.core.channel;

import dev.helpbot.core.channel.internal.MemoryDeliveryLedger;
import java.time.Duration;

/**
 * Which platform deliveries are being answered and which were answered, so that a platform's retry, or the same
 * event sent to two instances, is answered once. The dispatcher claims a delivery before anything else, answers and
 * posts it, and then marks it answered.
 *
 * <p>A claim is a lease, not a lock for ever: when the instance holding it dies, the lease runs out and the
 * platform's next retry is answered by whichever instance gets it. If the dead instance had already answered, the
 * conversation remembers that answer with the delivery's id ({@link dev.helpbot.core.IncomingMessage#deliveryId()}),
 * so the retry posts the same reply instead of moving the conversation on a second time.
 *
 * <p>bot-app backs it with Redis when {@code REDIS_URL} is set (shared by every instance) and with memory otherwise,
 * and falls back to memory while Redis is down. Implementations must be thread-safe and must not throw.
 */
public interface DeliveryLedger {

    /** How long a delivery is remembered as answered: Slack's last retry comes about 5 minutes after the first try. */
    Duration DEFAULT_WINDOW = MemoryDeliveryLedger.DEFAULT_WINDOW;

    /**
     * Takes the delivery for this instance if nobody holds it, or if the lease of the instance that held it ran out.
     *
     * @param deliveryId the platform's id of the delivery, prefixed by the platform, e.g. {@code slack:event:Ev01}
     */
    Claim claim(String deliveryId);

    /** The reply is out: from now until the ledger's window ends, the delivery is a repeat. */
    void answered(String deliveryId);

    /** One process's ledger, remembering deliveries for {@code window}: alone, or while a shared one is away. */
    static DeliveryLedger inMemory(Duration window) {
        return new MemoryDeliveryLedger(window);
    }

    /** What {@link #claim} found. */
    enum Claim {
        /** Nobody held it: the caller answers it. */
        CLAIMED,
        /** It was answered already: a repeat, to acknowledge and drop. */
        ANSWERED,
        /** Another instance holds a live lease on it and has not answered yet. */
        IN_PROGRESS
    }
}
