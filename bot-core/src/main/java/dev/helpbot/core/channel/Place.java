package dev.helpbot.core.channel;

/**
 * Where a conversation lives on one platform: a channel, a thread, a direct message, or an interaction's reply.
 * Each adapter has its own place type; the kit only asks it these two things.
 */
public interface Place {

    /**
     * The guild, team or other space the place belongs to ({@code dm} or similar where there is none). With the
     * person, it names the lane their deliveries run in.
     */
    String workspace();

    /**
     * The thread this place is, as the kit remembers who owns it; null where there is no thread to own (a
     * direct message, a channel's top level, an interaction in a channel).
     */
    String threadKey();
}
