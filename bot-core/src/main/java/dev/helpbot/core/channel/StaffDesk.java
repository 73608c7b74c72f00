package dev.helpbot.core.channel;

import dev.helpbot.core.Handoff;

/**
 * The staff channel where the support team reads hand-overs. When {@link #post} throws, the dispatcher posts
 * the note in the conversation instead, so a hand-over is never lost.
 */
@FunctionalInterface
public interface StaffDesk<P extends Place> {

    /**
     * Posts the note for the team, pinging them, saying whose conversation it is and linking back to it.
     *
     * @param conversation where the person is being helped
     * @param ownerId      whose conversation it is
     */
    void post(Handoff handoff, P conversation, String ownerId) throws Exception;
}
