package dev.helpbot.core.content;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Something close to what the bot does but not it, with an honest answer and where to go instead
 * ({@code near_misses.yaml}). Its examples are an intent in {@code nlu.yaml}; for the figures it
 * counts as out of scope.
 *
 * @param insteadOfFix the fix this answer replaces when both come up: a fix that would do harm here
 *                     (signing out with a forgotten password) or cannot help (a restart for a phone stuck
 *                     on the Apple logo)
 * @param leavesTheFix when that fix is on screen: true leaves it (it cannot help), false explains within it
 */
public record NearMiss(String intent, String answer, OptionalInt insteadOfFix, boolean leavesTheFix) {

    public NearMiss {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(insteadOfFix, "insteadOfFix");
    }
}
