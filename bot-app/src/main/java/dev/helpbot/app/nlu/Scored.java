package dev.helpbot.app.nlu;

/**
 * What the classifier said about one test row, before any out-of-scope rule is applied; kept apart
 * from {@link Prediction} so a threshold sweep can re-decide without classifying again.
 *
 * @param topIntent  the best-ranked intent, or null when the classifier ranked nothing
 * @param confidence its probability
 */
public record Scored(String gold, String topIntent, double confidence) {
}
