package dev.helpbot.core;

/**
 * The engine's tunables; bot-app fills them from {@code helpbot.yaml}.
 *
 * @param confidenceThreshold below this top-intent probability a text counts as not understood
 * @param maxMessageLength    longer texts are refused with a notice rather than classified
 */
public record EngineSettings(double confidenceThreshold, int maxMessageLength) {

    /** Chosen by 5-fold cross-validation on the shipped intents (`helpbot nlu cv`, README). */
    public static final double DEFAULT_CONFIDENCE_THRESHOLD = 0.25;
    public static final int DEFAULT_MAX_MESSAGE_LENGTH = 2000;

    public EngineSettings {
        if (confidenceThreshold < 0 || confidenceThreshold >= 1) {
            throw new IllegalArgumentException("confidenceThreshold must be in [0, 1), got " + confidenceThreshold);
        }
        if (maxMessageLength < 1) {
            throw new IllegalArgumentException("maxMessageLength must be positive, got " + maxMessageLength);
        }
    }

    public static EngineSettings defaults() {
        return new EngineSettings(DEFAULT_CONFIDENCE_THRESHOLD, DEFAULT_MAX_MESSAGE_LENGTH);
    }
}
