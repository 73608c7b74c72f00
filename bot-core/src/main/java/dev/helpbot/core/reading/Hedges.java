package dev.helpbot.core.reading;

import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Reading.Kind;
import dev.helpbot.core.dialogue.Turn;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "idk i guess it did something? theres no error rn": the person does not know how the fix went. Read
 * with no more than fair confidence as "didn't help" or "it worked", such a message is a guess either way,
 * and moving on or closing would act on it, even right after "did it go through?"; asking which it was
 * costs one tap.
 */
final class Hedges {

    /** An answer read at least this surely is taken as said, hedge or not: "idk, still says failed". */
    static final double SURE_ANSWER = 0.75;
    private static final Pattern HEDGE = Pattern.compile(
            "(?i)\\b(?:idk|dunno|i\\s+don'?t\\s+know|i\\s+guess|not\\s+sure|unsure|no\\s+idea|maybe|i\\s+think)\\b");

    private Hedges() {
    }

    /** "its on charge i think?": said with a hedge. */
    static boolean hedged(String words) {
        return HEDGE.matcher(words).find();
    }

    static List<Turn.Clause> unlessHedged(List<Turn.Clause> clauses, String text, int fixOnScreen) {
        if (fixOnScreen == 0 || !HEDGE.matcher(text).find()) {
            return clauses;
        }
        // "idk i guess it did something? theres no error rn": a success said with a hedge is asked about, and
        // "i think its on? idk how to check that" about the fix on screen gets its steps again, which say how.
        clauses = clauses.stream().map(c -> c.reading() instanceof Reading.Worked worked && worked.sure()
                ? new Turn.Clause(c.words(), new Reading.Worked(false), c.confidence())
                : c.reading() instanceof Reading.RuledOut fact && fact.fix() == fixOnScreen && hedged(c.words())
                ? new Turn.Clause(c.words(), Reading.Navigate.to(Reading.Move.REPEAT), c.confidence()) : c).toList();
        if (clauses.size() != 1) {
            return clauses;
        }
        Turn.Clause only = clauses.get(0);
        boolean answer = only.reading().kind() == Kind.NOT_WORKED || only.reading().kind() == Kind.WORKED;
        if (!answer || only.confidence() >= SURE_ANSWER) {
            return clauses;
        }
        Reading which = new Reading.Clarify(List.of(new Reading.Worked(false), new Reading.NotWorked()));
        return List.of(new Turn.Clause(only.words(), which, only.confidence()));
    }
}
