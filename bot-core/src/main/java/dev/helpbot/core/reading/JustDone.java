package dev.helpbot.core.reading;

import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Reading.Kind;
import dev.helpbot.core.dialogue.Stage;
import dev.helpbot.core.dialogue.Turn;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * "The switch is already on" rules the switch fix out; "the switch is on now" says the person just turned
 * it on: they did that fix, and whether it helped is still to see. On the fix itself that is "I did it",
 * which gets the check. With no fix on screen (a restriction held the switch, and they lifted it) it is
 * where to go on from: that fix, to run its check, unless the message also says the backup still fails.
 */
final class JustDone {

    private static final Pattern NOW = Pattern.compile("(?i)\\bnow\\b");
    private static final Pattern ALREADY = Pattern.compile("(?i)\\b(?:already|alr|allready|always)\\b");
    /** A symptom read this surely is the problem whatever else was done. */
    static final double CLEAR_SYMPTOM = 0.8;

    private JustDone() {
    }

    static List<Turn.Clause> read(List<Turn.Clause> clauses, Stage stage, int fixOnScreen) {
        boolean stillFails = clauses.stream().anyMatch(c -> c.reading().kind() == Kind.NOT_WORKED
                || c.reading().kind() == Kind.GENERIC
                || c.reading() instanceof Reading.Symptom symptom && (symptom.named() || c.confidence() >= CLEAR_SYMPTOM));
        return clauses.stream().map(clause -> {
            if (!(clause.reading() instanceof Reading.RuledOut fact) || fact.aside()
                    || !NOW.matcher(clause.words()).find() || ALREADY.matcher(clause.words()).find()) {
                return clause;
            }
            if (fact.fix() == fixOnScreen) {
                return new Turn.Clause(clause.words(), new Reading.DidIt(), clause.confidence());
            }
            if (stage == Stage.IDLE && !stillFails) {
                return new Turn.Clause(clause.words(),
                        new Reading.Navigate(Reading.Move.JUMP, OptionalInt.of(fact.fix())), clause.confidence());
            }
            return clause;
        }).toList();
    }
}
