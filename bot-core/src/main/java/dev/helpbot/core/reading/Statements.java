package dev.helpbot.core.reading;

import dev.helpbot.core.dialogue.Intents;
import dev.helpbot.core.nlu.Interpretation;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "all systems normal on that page" has no question mark and no question word: people who ask say so. The
 * classifier, which reads the words and not the punctuation, may still put it nearest the questions; a
 * Bayes prior against a question in a statement lets the fact behind it through.
 */
final class Statements {

    /** How much likelier a question is when the words look like one than when they don't. */
    static final double QUESTION_IN_A_STATEMENT = 0.3;
    private static final Set<String> QUESTION = Set.of(Intents.QUESTION);
    /**
     * A question word that opens any clause, after the small words people lead with: "and what about my
     * apple pay cards, do i have to add them again" asks, though it neither starts with one nor ends with "?".
     */
    private static final Pattern ASKS = Pattern.compile("(?i)\\?|(?:^|[,.;:!]\\s*|\\s(?:and|but|so|or|also|then)\\s+)"
            + "(?:(?:and|but|so|ok|okay|also|um|uh|hey|btw|then|like|wait|oh|ah|hmm|well|also)\\s+)*"
            + "(?:how|what|whats|where|wheres|why|when|which|who|can|could|do|does|did|is|are|was|will|would|should|"
            + "shall|has|have|am|may|any|anyone)\\b");

    private Statements() {
    }

    static Interpretation unlessAsked(Interpretation interpretation, String words) {
        if (ASKS.matcher(words).find()) {
            return interpretation;
        }
        return interpretation.withPrior(QUESTION, QUESTION_IN_A_STATEMENT);
    }
}
