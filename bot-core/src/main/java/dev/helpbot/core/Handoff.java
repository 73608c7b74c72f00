package dev.helpbot.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Attached to a reply when the conversation is handed to people. The adapter posts the note where the team
 * configured it and pings the configured support role or user group; core never names a platform's mention syntax.
 *
 * @param id         the hand-over's id, on the note's buttons and in the webhook; empty until the engine opened it
 * @param reason     why the bot handed over
 * @param summary    neutral markup: what the user said, their iPhone, each fix tried and the answer
 * @param transcript the conversation's last turns, one line of markup each, user text quoted
 * @param openedAt   when the engine opened it
 * @param choices    the buttons the note carries for the team (claim, solved, back to the bot); the channel kit adds
 *                   them ({@link #asNote}), and {@link #summary} is then the note's whole text
 */
public record Handoff(String id, Reason reason, String summary, List<String> transcript, Instant openedAt,
                      List<Choice> choices) {

    public Handoff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(summary, "summary");
        transcript = List.copyOf(transcript);
        Objects.requireNonNull(openedAt, "openedAt");
        choices = List.copyOf(choices);
    }

    /** A hand-over as the dialogue decides it, before the engine gives it an id and a transcript. */
    public Handoff(Reason reason, String summary) {
        this("", reason, summary, List.of(), Instant.EPOCH, List.of());
    }

    /**
     * The same hand-over as its note shows it: {@code noteMarkup} as the summary, holding the transcript already (so
     * the note's transcript is empty), and the team's buttons.
     */
    public Handoff asNote(String noteMarkup, List<Choice> buttons) {
        return new Handoff(id, reason, noteMarkup, List.of(), openedAt, buttons);
    }

    public enum Reason {
        /** Every fix was tried and none worked. */
        ALL_FIXES_FAILED,
        /** The user asked for a person. */
        REQUESTED;

        /** As the webhook names it: {@code all_fixes_failed}, {@code requested}. */
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
