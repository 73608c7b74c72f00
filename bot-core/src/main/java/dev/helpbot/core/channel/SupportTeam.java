package dev.helpbot.core.channel;

import java.time.Duration;
import java.util.Optional;

/**
 * The support team's side of a channel, for the kit's hand-over flow: where a conversation is when the team presses
 * a button on its note (which may be in a staff channel), a link to it for the webhook, and what a thread shows once
 * the conversation was handed over or resolved (a forum post's tags, archiving). Calls arrive on a conversation's
 * lane; implementations may block on the platform and should throw when it refuses.
 */
public interface SupportTeam<P extends Place> {

    /** How a conversation ended up, for a thread that can show it. */
    enum Mark {
        /** Handed to people: a forum post gets its "needs staff" tag. */
        HANDED_OVER,
        /** Resolved, by the person's "it worked" or the team's Solved: a forum post gets its "solved" tag. */
        RESOLVED
    }

    /**
     * The conversation whose key has {@code workspace} and {@code channel} and belongs to {@code ownerId}, to tell
     * the person what the team did.
     *
     * @param pressedIn where the note's button was pressed, for the platform's connection
     */
    P conversation(P pressedIn, String workspace, String channel, String ownerId) throws Exception;

    /** A link to the conversation, for the webhook; empty where the platform has none. */
    default Optional<String> link(P conversation) throws Exception {
        return Optional.empty();
    }

    /** Shows how the conversation ended up, where its thread can (a forum post's tags); by default nothing. */
    default void mark(P conversation, Mark mark) throws Exception {
    }

    /** How long after a resolution the conversation's thread is archived; zero (the default) never. */
    default Duration archiveAfter() {
        return Duration.ZERO;
    }

    /** Archives the conversation's thread, {@link #archiveAfter} after it was resolved with nothing said since. */
    default void archive(P conversation) throws Exception {
    }
}
