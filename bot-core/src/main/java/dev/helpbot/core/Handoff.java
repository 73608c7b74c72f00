package dev.helpbot.core;

import java.util.Objects;

/**
 * Attached to a reply when the conversation is handed to people. The adapter posts {@code summary}
 * where the team configured it and pings the configured support role or user group; core never
 * names a platform's mention syntax.
 *
 * @param reason  why the bot handed over
 * @param summary neutral markup: what the user said, their iPhone, each fix tried and the answer
 */
public record Handoff(Reason reason, String summary) {

    public Handoff {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(summary, "summary");
    }

    public enum Reason {
        /** Every fix was tried and none worked. */
        ALL_FIXES_FAILED,
        /** The user asked for a person. */
        REQUESTED
    }
}
