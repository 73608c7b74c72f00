package dev.helpbot.core.content;

import java.util.List;
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
 * @param namedBy      phrases, in lower case, that name this near miss outright ("battery life"): a first
 *                     message that holds one and says nothing of backups or iCloud is this near miss, whatever
 *                     the classifier makes of it
 */
public record NearMiss(String intent, String answer, OptionalInt insteadOfFix, boolean leavesTheFix,
                       List<String> namedBy) {

    public NearMiss {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(insteadOfFix, "insteadOfFix");
        namedBy = List.copyOf(namedBy);
    }

    public NearMiss(String intent, String answer, OptionalInt insteadOfFix, boolean leavesTheFix) {
        this(intent, answer, insteadOfFix, leavesTheFix, List.of());
    }

    /** Whether {@code lowerCaseText} holds one of the phrases that name this near miss. */
    public boolean namedIn(String lowerCaseText) {
        return namedBy.stream().anyMatch(lowerCaseText::contains);
    }
}
