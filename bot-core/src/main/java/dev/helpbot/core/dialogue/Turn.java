package dev.helpbot.core.dialogue;

import dev.helpbot.core.nlu.Entities;
import java.util.Objects;

/**
 * One message as the policy sees it: what it means, what facts it carries, and the cleaned text.
 *
 * @param intent     what the message was read as: a classified intent or one of the readings in {@link Intents}
 * @param confidence the classifier's probability, 1.0 for buttons and commands
 * @param entities   phone model, iOS version and fix number found in it
 * @param text       the sanitized text the user typed, or empty for buttons and commands
 */
public record Turn(String intent, double confidence, Entities entities, String text) {

    public Turn {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(text, "text");
    }

    /** A reading that did not come from free text. */
    public static Turn of(String intent) {
        return new Turn(intent, 1.0, Entities.NONE, "");
    }

    public static Turn of(String intent, Entities entities) {
        return new Turn(intent, 1.0, entities, "");
    }
}
