package dev.helpbot.core.channel;

import dev.helpbot.core.Handoff;
import dev.helpbot.core.Reply;

/**
 * How a channel posts on its platform: the SPI the dispatcher writes through. Calls arrive on a conversation's
 * lane, never on the platform's I/O thread, so implementations may block until the platform has answered;
 * they should, so that one person's messages are posted in order. Throw when the platform refuses: the
 * dispatcher apologises, or, for {@link PlaceUnavailable}, says where the bot cannot post.
 */
public interface Outbox<P extends Place> {

    /**
     * Posts a reply, its choices as buttons whose tokens carry {@code ownerId}. A silent reply posts nothing,
     * but may clear a placeholder the platform shows while the bot is thinking.
     */
    void post(P place, Reply reply, String ownerId) throws Exception;

    /**
     * A short notice written in the core's markup: "not yours", the apology, "I can't post here". Shown only to
     * {@code personId} where the platform allows it.
     */
    void notice(P place, String personId, String markup) throws Exception;

    /**
     * The hand-over note in the conversation itself, pinging the support team where the platform can. Its buttons
     * ({@link Handoff#choices()}, the team's) carry tokens naming {@code ownerId}, whose conversation it is.
     */
    void postHandoff(P place, Handoff handoff, String ownerId) throws Exception;
}
