package dev.helpbot.core;

/**
 * The engine's tunables; bot-app fills them from {@code helpbot.yaml}.
 *
 * @param confidenceThreshold below this top-intent probability a text counts as not understood
 * @param maxMessageLength    longer texts are refused with a notice rather than classified
 * @param clarifyThreshold    a one-clause message read with less confidence than this, whose runner-up is
 *                            close, gets a clarifying question instead of a guess
 * @param clauseThreshold     a clause of a longer message counts only when read with at least this confidence
 */
public record EngineSettings(double confidenceThreshold, int maxMessageLength, double clarifyThreshold,
                             double clauseThreshold) {

    /** Chosen by 5-fold cross-validation on the shipped intents (`helpbot nlu cv`, README). */
    public static final double DEFAULT_CONFIDENCE_THRESHOLD = 0.25;
    public static final int DEFAULT_MAX_MESSAGE_LENGTH = 2000;
    public static final double DEFAULT_CLARIFY_THRESHOLD = 0.45;
    public static final double DEFAULT_CLAUSE_THRESHOLD = 0.50;

    public EngineSettings {
        requireProbability("confidenceThreshold", confidenceThreshold);
        requireProbability("clarifyThreshold", clarifyThreshold);
        requireProbability("clauseThreshold", clauseThreshold);
        if (maxMessageLength < 1) {
            throw new IllegalArgumentException("maxMessageLength must be positive, got " + maxMessageLength);
        }
    }

    public EngineSettings(double confidenceThreshold, int maxMessageLength) {
        this(confidenceThreshold, maxMessageLength, Math.max(confidenceThreshold, DEFAULT_CLARIFY_THRESHOLD),
                Math.max(confidenceThreshold, DEFAULT_CLAUSE_THRESHOLD));
    }

    public static EngineSettings defaults() {
        return new EngineSettings(DEFAULT_CONFIDENCE_THRESHOLD, DEFAULT_MAX_MESSAGE_LENGTH);
    }

    private static void requireProbability(String name, double value) {
        if (value < 0 || value >= 1) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + value);
        }
    }
}
