package dev.helpbot.core.channel;

import dev.helpbot.core.channel.internal.MemoryDeliveryLedger;
import java.time.Duration;
import java.util.Objects;

/**
 * Which platform deliveries are being answered and which were answered, so that a platform's retry, or the same
 * event sent to two instances, is answered once. The dispatcher claims a delivery before anything else, keeps the
 * reply here once the engine has it, posts it, and then marks the delivery answered.
 *
 * <p>A claim is a lease, not a lock for ever: when the instance holding it dies, the lease runs out and the
 * platform's next retry is answered by whichever instance gets it. If the dead instance had already computed the
 * reply, that reply is handed to the next claimer to post, so the conversation is not moved on twice by the engine.
 *
 * <p>bot-app backs it with Redis when {@code REDIS_URL} is set (shared by every instance) and with memory otherwise,
 * and falls back to memory while Redis is down. Implementations must be thread-safe and must not throw.
 */
public interface DeliveryLedger {

    /**
     * Takes the delivery for this instance if nobody holds it.
     *
     * @param deliveryId the platform's id of the delivery, prefixed by the platform, e.g. {@code slack:event:Ev01}
     */
    Claim claim(String deliveryId);

    /** The reply the engine gave for a delivery this instance claimed, kept until {@link #answered} (encoded). */
    void replyReady(String deliveryId, String encodedReply);

    /** The reply is out: from now until the ledger's window ends, the delivery is a repeat. */
    void answered(String deliveryId);

    /** How long a delivery is remembered as answered: Slack's last retry comes about 5 minutes after the first try. */
    Duration DEFAULT_WINDOW = MemoryDeliveryLedger.DEFAULT_WINDOW;

    /** One process's ledger, remembering deliveries for {@code window}: alone, or while a shared one is away. */
    static DeliveryLedger inMemory(Duration window) {
        return new MemoryDeliveryLedger(window);
    }

    /** What {@link #claim} found. */
    enum State {
        /** Nobody held it: the caller answers it. */
        CLAIMED,
        /** It was answered already: a repeat, to acknowledge and drop. */
        ANSWERED,
        /** Another instance holds a live lease on it and has not answered yet. */
        IN_PROGRESS
    }

    /**
     * @param unpostedReply with {@link State#CLAIMED}: the reply an instance that died left unposted (encoded), which
     *                      the caller posts instead of asking the engine again; null when there is none
     */
    record Claim(State state, String unpostedReply) {

        public static final Claim CLAIMED = new Claim(State.CLAIMED, null);
        public static final Claim ANSWERED = new Claim(State.ANSWERED, null);
        public static final Claim IN_PROGRESS = new Claim(State.IN_PROGRESS, null);

        public Claim {
            Objects.requireNonNull(state, "state");
            if (unpostedReply != null && state != State.CLAIMED) {
                throw new IllegalArgumentException("only a claim taken over carries a reply");
            }
        }

        /** Claimed after an instance that died left {@code reply} unposted. */
        public static Claim takenOver(String reply) {
            return new Claim(State.CLAIMED, Objects.requireNonNull(reply, "reply"));
        }
    }
}
