package dev.helpbot.core.analytics;

import dev.helpbot.core.dialogue.FixAttempt;

/** Counter names, shared by the recorder, the sinks and the report. */
public final class Counters {

    public static final String MESSAGES = "messages";
    public static final String FALLBACKS = "fallbacks";
    public static final String RESOLVED = "resolved";
    public static final String ESCALATED = "escalated";
    public static final String SHOWN = "shown";
    public static final String WORKED = "resolved";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";

    private Counters() {
    }

    public static String fix(int number, String what) {
        return "fix." + number + "." + what;
    }

    public static String resolvedAfter(int fixesTried) {
        return "resolved_after." + fixesTried;
    }

    static String outcome(FixAttempt.Outcome outcome) {
        return switch (outcome) {
            case WORKED -> WORKED;
            case FAILED -> FAILED;
            case SKIPPED -> SKIPPED;
            case SHOWN -> SHOWN;
        };
    }
}
