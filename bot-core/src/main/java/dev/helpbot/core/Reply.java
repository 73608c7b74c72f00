package dev.helpbot.core;

import dev.helpbot.core.dialogue.Intents;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot answers, in platform-neutral form.
 *
 * @param text       neutral markup (see {@link Markup}); empty when the bot stays silent, e.g. while
 *                   people from the support team handle an escalated conversation
 * @param choices    the next moves, in display order; platforms without buttons number them
 * @param status     the conversation state after this message
 * @param fix        the fix (1-9) the conversation is on, or {@code null}
 * @param intent     the intent the message was read as, or {@code null} when no text was classified
 * @param confidence the classifier's probability for {@code intent}; 1.0 for buttons and commands
 * @param handoff    present when this reply hands the conversation to people
 * @param handoffEvent what this reply did to a hand-over: opened it (with {@code handoff}), or, for the support
 *                   team's buttons and the person's "back to the bot", claimed, solved or closed it
 */
public record Reply(String text, List<Choice> choices, ConversationStatus status, Integer fix,
                    String intent, double confidence, Optional<Handoff> handoff, Optional<HandoffEvent> handoffEvent) {

    public Reply {
        Objects.requireNonNull(text, "text");
        choices = List.copyOf(choices);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(handoff, "handoff");
        Objects.requireNonNull(handoffEvent, "handoffEvent");
        if (fix != null && fix < 1) {
            throw new IllegalArgumentException("fix numbers start at 1, got " + fix);
        }
    }

    /** A reply that changes no hand-over's state beyond opening {@code handoff}, if given. */
    public Reply(String text, List<Choice> choices, ConversationStatus status, Integer fix, String intent,
                 double confidence, Optional<Handoff> handoff) {
        this(text, choices, status, fix, intent, confidence, handoff, Optional.empty());
    }

    /**
     * True when the message was read as not about iCloud backups at all: off-topic, or a near miss outside them (the
     * near misses whose intents {@code near_misses.yaml} names {@code oos_…}, unlike backup-adjacent ones such as a
     * greyed-out switch).
     */
    public boolean readAsOutOfScope() {
        return status == ConversationStatus.FALLBACK && intent != null
                && (intent.equals(Intents.OUT_OF_SCOPE) || intent.startsWith(Intents.OUT_OF_SCOPE_PREFIX));
    }

    /** {@code text} alone, with no choices, in the state of {@code after}. */
    public static Reply plain(String text, Reply after) {
        return new Reply(text, List.of(), after.status, null, after.intent, after.confidence, Optional.empty());
    }

    /** True when there is nothing to post: adapters send no message at all. */
    public boolean isSilent() {
        return text.isEmpty() && choices.isEmpty();
    }

    /** This reply with the classification that produced it. */
    public Reply withInterpretation(String intentName, double probability) {
        return new Reply(text, choices, status, fix, intentName, probability, handoff, handoffEvent);
    }

    /** This reply having done {@code event} to a hand-over; a {@link HandoffEvent.Kind#CREATED} one also hands over. */
    public Reply withHandoffEvent(HandoffEvent event) {
        Optional<Handoff> opened = event.kind() == HandoffEvent.Kind.CREATED ? Optional.of(event.handoff()) : handoff;
        return new Reply(text, choices, status, fix, intent, confidence, opened, Optional.of(event));
    }
}
