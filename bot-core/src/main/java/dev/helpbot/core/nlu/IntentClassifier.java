package dev.helpbot.core.nlu;

import java.util.Optional;

/** Reads free text as ranked intents. Implementations are thread-safe. */
@FunctionalInterface
public interface IntentClassifier {
    Interpretation classify(String text);

    /** The sentence encoder behind the classifier, when it has one, for sentence similarity elsewhere. */
    default Optional<SentenceEncoder> encoder() {
        return Optional.empty();
    }
}
