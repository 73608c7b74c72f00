package dev.helpbot.core;

import java.util.Objects;

/**
 * Something the support team did to a hand-over, from the buttons on its note, or the channel kit's reminder. It
 * reaches the conversation as an {@link IncomingMessage#staff} and is never read from anything a person typed, so
 * nobody can press it by writing a choice id.
 *
 * @param handoffId the hand-over the button was for: a button on an older note finds it closed
 * @param staffId   who pressed, by the platform's id; empty for the kit's reminder
 * @param staffName their display name, for the note, the person and the webhook
 */
public record StaffAction(Kind kind, String handoffId, String staffId, String staffName) {

    public StaffAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(handoffId, "handoffId");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(staffName, "staffName");
    }

    /** The kit's check, {@code handoff.reping_after} after the note: is it still waiting for someone? */
    public static StaffAction remind(String handoffId) {
        return new StaffAction(Kind.REMIND, handoffId, "", "");
    }

    public enum Kind {
        CLAIM,
        SOLVE,
        /** Back to the bot. */
        RETURN,
        REMIND
    }
}
