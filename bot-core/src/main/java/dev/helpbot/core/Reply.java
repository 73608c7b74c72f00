package dev.helpbot.core;

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
 */
public record Reply(String text, List<Choice> choices, ConversationStatus status, Integer fix,
                    String intent, double confidence, Optional<Handoff> handoff) {

    public Reply {
        Objects.requireNonNull(text, "text");
        choices = List.copyOf(choices);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(handoff, "handoff");
        if (fix != null && fix < 1) {
            throw new IllegalArgumentException("fix numbers start at 1, got " + fix);
        }
    }

    /** True when there is nothing to post: adapters send no message at all. */
    public boolean isSilent() {
        return text.isEmpty() && choices.isEmpty();
    }

    /** This reply with the classification that produced it. */
    public Reply withInterpretation(String intentName, double probability) {
        return new Reply(text, choices, status, fix, intentName, probability, handoff);
    }
}
