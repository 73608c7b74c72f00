package dev.helpbot.core.reading;

import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Turn;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "i deleted some old stuff and it still says storage full" on the storage fix: the symptom of the fix on
 * screen, told with "still", is that fix not having helped, not the problem stated anew.
 */
final class StillFailing {

    private static final Pattern STILL = Pattern.compile("(?i)\\b(?:still|again|same|yet)\\b");

    private StillFailing() {
    }

    static List<Turn.Clause> read(List<Turn.Clause> clauses, int fixOnScreen) {
        if (fixOnScreen == 0) {
            return clauses;
        }
        return clauses.stream().map(clause -> clause.reading() instanceof Reading.Symptom symptom
                && symptom.fix() == fixOnScreen && STILL.matcher(clause.words()).find()
                ? new Turn.Clause(clause.words(), new Reading.NotWorked(), clause.confidence()) : clause).toList();
    }
}
