package dev.helpbot.core.reading;

import dev.helpbot.core.dialogue.Intents;
import dev.helpbot.core.nlu.Interpretation;
import java.util.Set;

/**
 * "all systems normal on that page" has no question mark and no question word: people who ask say so. The
 * classifier, which reads the words and not the punctuation, may still put it nearest the questions; a
 * Bayes prior against a question in a statement lets the fact behind it through.
 */
final class Statements {

    /** How much likelier a question is when the words look like one than when they don't. */
    static final double QUESTION_IN_A_STATEMENT = 0.3;
    private static final Set<String> QUESTION = Set.of(Intents.QUESTION);

    private Statements() {
    }

    static Interpretation unlessAsked(Interpretation interpretation, String words) {
        if (TextReading.ASKED.matcher(words).find()) {
            return interpretation;
        }
        return interpretation.withPrior(QUESTION, QUESTION_IN_A_STATEMENT);
    }
}
