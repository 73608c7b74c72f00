package dev.helpbot.core.nlu;

/** Reads free text as ranked intents. Implementations are thread-safe. */
@FunctionalInterface
public interface IntentClassifier {
    Interpretation classify(String text);
}
