package dev.helpbot.core.channel;

import java.time.Duration;

/**
 * A channel's conversation runtime; {@link ChannelRuntime#dispatcher} makes one. On the person's lane, never on the
 * platform's I/O thread, the dispatcher claims the delivery in the {@link DeliveryLedger} (a repeat is dropped),
 * applies the owner gate, opens the conversation's thread, reads the message, asks the conversations, keeps the reply
 * in the ledger, posts it, routes a hand-over to the staff desk (or, when that fails, into the conversation), marks
 * the delivery answered, and apologises when anything fails.
 */
public interface Dispatcher<P extends Place> extends AutoCloseable {

    /**
     * How long {@link #submitBeforeAck} waits for the answer: inside the 3 seconds Slack gives a webhook or a Socket
     * Mode envelope before it retries, with room for the acknowledgement's own trip.
     */
    Duration ACK_BUDGET = Duration.ofSeconds(2);

    /** Returns at once: for platforms that acknowledge first and never redeliver (Discord's gateway). */
    void submit(Delivery<P> delivery);

    /**
     * For platforms that deliver again what was not acknowledged (Slack): waits up to {@link #ACK_BUDGET} until the
     * delivery is answered, so the acknowledgement goes out only once the reply is posted. If this instance dies
     * before that, the platform retries and another instance answers. An answer slower than the budget is
     * acknowledged anyway, to spare the platform a retry while it is still being answered here.
     *
     * @return true to acknowledge; false when the platform should deliver it again later: another instance holds it
     *         and has not answered yet, or it could not be queued here
     */
    boolean submitBeforeAck(Delivery<P> delivery);

    /** Takes no more deliveries and lets the queued ones finish for a few seconds. Idempotent. */
    @Override
    void close();
}
