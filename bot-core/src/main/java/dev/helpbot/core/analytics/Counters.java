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
    /** Hand-overs a team member took with the note's Claim button. */
    public static final String HANDOFFS_CLAIMED = "handoffs.claimed";
    /** Hand-overs the team closed as solved. */
    public static final String HANDOFFS_SOLVED = "handoffs.solved";
    /** Hand-overs that went back to the bot, by the team's button or the person's "back to the bot". */
    public static final String HANDOFFS_RETURNED = "handoffs.returned";
    /** Minutes from the note to the claim are counted up to this; longer waits count here. */
    public static final int MAX_CLAIM_MINUTES = 1440;

    private Counters() {
    }

    public static String fix(int number, String what) {
        return "fix." + number + "." + what;
    }

    public static String resolvedAfter(int fixesTried) {
        return "resolved_after." + fixesTried;
    }

    /** How many claims came within {@code minutes} whole minutes of the note (0: under a minute). */
    public static String claimedAfterMinutes(int minutes) {
        return "handoffs.claimed_after_minutes." + Math.min(Math.max(minutes, 0), MAX_CLAIM_MINUTES);
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
