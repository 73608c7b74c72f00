package dev.helpbot.core.dialogue;

/** A fix the user has seen, and what they answered. */
public record FixAttempt(int fix, Outcome outcome) {

    public enum Outcome {
        /** Shown, not answered yet (or the user moved on without answering). */
        SHOWN,
        WORKED,
        FAILED,
        SKIPPED
    }

    public FixAttempt withOutcome(Outcome newOutcome) {
        return new FixAttempt(fix, newOutcome);
    }
}
