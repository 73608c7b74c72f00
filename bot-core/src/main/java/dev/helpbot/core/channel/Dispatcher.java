package dev.helpbot.core.channel;

/**
 * A channel's conversation runtime; {@link ChannelRuntime#dispatcher} makes one. {@link #submit} returns at
 * once, so the platform's I/O thread only acknowledges and describes; then, on the person's lane, the dispatcher
 * drops a delivery it has seen, applies the owner gate, opens the conversation's thread, reads the message, asks
 * the conversations, posts the answer, routes a hand-over to the staff desk (or, when that fails, into the
 * conversation) and apologises when anything fails.
 */
public interface Dispatcher<P extends Place> extends AutoCloseable {

    void submit(Delivery<P> delivery);

    /** Takes no more deliveries and lets the queued ones finish for a few seconds. Idempotent. */
    @Override
    void close();
}
