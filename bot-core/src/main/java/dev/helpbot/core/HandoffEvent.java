package dev.helpbot.core;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to a hand-over: it was opened, a team member took it, the team solved it, or the
 * conversation went back to the bot. Replies carry it so that the channel kit can update the note, tell the webhook
 * and mark the conversation; analytics count it.
 *
 * @param handoff   the hand-over as it stands after the event: its id, reason, summary and transcript
 * @param claimedBy the display name of the team member who took it, or null while nobody has
 * @param at        when it happened
 */
public record HandoffEvent(Kind kind, Handoff handoff, String claimedBy, Instant at) {

    public HandoffEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(handoff, "handoff");
        Objects.requireNonNull(at, "at");
    }

    public Optional<String> claimer() {
        return Optional.ofNullable(claimedBy);
    }

    public enum Kind {
        /** The bot handed the conversation over: the note goes to the team. */
        CREATED,
        /** A team member took it. */
        CLAIMED,
        /** The team closed it as solved. */
        SOLVED,
        /** The conversation went back to the bot, by the team's button or the person's "back to the bot". */
        RETURNED,
        /** Nobody took it within {@code handoff.reping_after}: the team is pinged once more. Not sent to the webhook. */
        REMINDED;

        /** The webhook's {@code event}: {@code handoff.created}, {@code handoff.claimed}, ... */
        public String wireName() {
            return "handoff." + name().toLowerCase(Locale.ROOT);
        }
    }
}
