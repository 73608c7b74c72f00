package dev.helpbot.core.reading;

import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Reading.Kind;
import dev.helpbot.core.dialogue.Turn;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "idk i guess it did something? theres no error rn": the person does not know how the fix went. Read
 * with no more than fair confidence as "didn't help", such a message is a guess, and moving on would act
 * on it; asking which it was costs one tap. (An unsure "it worked" already gets a confirming question.)
 */
final class Hedges {

    /** An answer read at least this surely is taken as said, hedge or not: "idk, still says failed". */
    static final double SURE_ANSWER = 0.75;
    private static final Pattern HEDGE = Pattern.compile(
            "(?i)\\b(?:idk|dunno|i\\s+don'?t\\s+know|i\\s+guess|not\\s+sure|unsure|no\\s+idea|maybe|i\\s+think)\\b");

    private Hedges() {
    }

    static List<Turn.Clause> unlessHedged(List<Turn.Clause> clauses, String text, int fixOnScreen) {
        if (fixOnScreen == 0 || clauses.size() != 1 || !HEDGE.matcher(text).find()) {
            return clauses;
        }
        Turn.Clause only = clauses.get(0);
        if (only.reading().kind() != Kind.NOT_WORKED || only.confidence() >= SURE_ANSWER) {
            return clauses;
        }
        return List.of(new Turn.Clause(only.words(), new Reading.Clarify(List.of(new Reading.Worked(false), only.reading())),
                only.confidence()));
    }
}
