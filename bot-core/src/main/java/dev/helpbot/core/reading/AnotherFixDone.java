package dev.helpbot.core.reading;

import dev.helpbot.core.dialogue.Intents;
import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Reading.Kind;
import dev.helpbot.core.dialogue.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * "restarted, no change" while the storage fix is on screen: the person did the restart (perhaps one they
 * asked about) and it did not help. "Did it" is about the fix its words name, and "no change" about that
 * fix too, so the storage fix stays on screen, still to try.
 */
final class AnotherFixDone {

    private AnotherFixDone() {
    }

    static List<Turn.Clause> read(List<Turn.Clause> clauses, int fixOnScreen, ReadingMap map) {
        if (fixOnScreen == 0) {
            return clauses;
        }
        Turn.Clause done = null;
        int fix = 0;
        for (Turn.Clause clause : clauses) {
            OptionalInt named = clause.reading().kind() == Kind.DID_IT ? map.fixDone(clause.words()) : OptionalInt.empty();
            if (named.isPresent() && named.getAsInt() != fixOnScreen) {
                done = clause;
                fix = named.getAsInt();
                break;
            }
        }
        if (done == null) {
            return clauses;
        }
        List<Turn.Clause> read = new ArrayList<>();
        for (Turn.Clause clause : clauses) {
            if (clause == done) {
                read.add(new Turn.Clause(clause.words(), new Reading.RuledOut(fix, Intents.DID_IT, clause.words(), true),
                        clause.confidence()));
            } else if (clause.reading().kind() != Kind.NOT_WORKED) {
                read.add(clause);
            }
        }
        return read;
    }
}
