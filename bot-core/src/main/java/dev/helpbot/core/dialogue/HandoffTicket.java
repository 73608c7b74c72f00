package dev.helpbot.core.dialogue;

import dev.helpbot.core.Handoff;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A hand-over the support team has open: which one (its id is on the note's buttons and in the webhook), why, when it
 * was opened, and who from the team took it. Times are data here, given by the engine: the dialogue reads no clock.
 *
 * @param id          short and unique, e.g. {@code m5x2k9q1ab3c}
 * @param openedAt    epoch seconds
 * @param claimerId   the platform id of the team member who took it, or null while nobody has
 * @param claimerName their display name as the platform gave it, at most {@value #MAX_NAME} characters; null with
 *                    {@code claimerId}
 * @param claimedAt   epoch seconds, or 0 while nobody has taken it
 */
public record HandoffTicket(String id, Handoff.Reason reason, long openedAt, String claimerId, String claimerName,
                            long claimedAt) {

    public static final int MAX_NAME = 80;

    public HandoffTicket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        if ((claimerId == null) != (claimerName == null)) {
            throw new IllegalArgumentException("a claimed ticket names its claimer by id and by name");
        }
        claimerName = claimerName == null ? null : Session.shorten(claimerName, MAX_NAME - 1);
    }

    /** A ticket nobody has taken yet. */
    public static HandoffTicket opened(String id, Handoff.Reason reason, Instant at) {
        return new HandoffTicket(id, reason, at.getEpochSecond(), null, null, 0);
    }

    public boolean claimed() {
        return claimerId != null;
    }

    public Optional<String> claimer() {
        return Optional.ofNullable(claimerName);
    }

    public HandoffTicket claimedBy(String staffId, String staffName, Instant at) {
        return new HandoffTicket(id, reason, openedAt, staffId, staffName, at.getEpochSecond());
    }

    public Instant openedAtInstant() {
        return Instant.ofEpochSecond(openedAt);
    }
}
