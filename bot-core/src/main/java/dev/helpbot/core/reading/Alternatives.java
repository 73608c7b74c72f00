package dev.helpbot.core.reading;

import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * "Not sure if its my old ios or the storage": the person offers two causes and cannot tell which. Picking
 * one is a guess the person already declined to make; asking which, with both as buttons, is not.
 */
final class Alternatives {

    private static final Pattern OR = Pattern.compile("(?i)\\s+or\\s+");
    /** "Tried restarting or signing out, neither helped" lists what was done; it offers no causes. */
    private static final Pattern DONE = Pattern.compile("(?i)\\b(?:tried|neither|nor|already|did|done|doesn'?t|didn'?t)\\b");

    private Alternatives() {
    }

    /** The turn with a clarifying question first when one of its clauses offers two causes. */
    static List<Turn.Clause> asked(List<Turn.Clause> read, TextReading.Classified classified, ReadingMap map) {
        List<String> clauses = classified.clauses().isEmpty() ? List.of(classified.text())
                : classified.clauses().stream().map(TextReading.ClauseReading::words).toList();
        for (String clause : clauses) {
            Optional<Reading.Clarify> which = map.alternatives(clause);
            if (which.isPresent()) {
                List<Turn.Clause> with = new ArrayList<>(read);
                with.add(0, new Turn.Clause(clause, which.get(), 1.0));
                return with;
            }
        }
        return read;
    }

    /** Both causes of "X or Y", when each side names a different fix, as the candidates to ask about. */
    static Optional<Reading.Clarify> of(String clause, FixNames names, Playbook playbook) {
        String[] sides = OR.split(clause, 2);
        if (sides.length < 2 || DONE.matcher(clause).find() || names.findDone(clause).isPresent()) {
            return Optional.empty();
        }
        OptionalInt first = names.find(sides[0]);
        OptionalInt second = names.find(sides[1]);
        if (first.isEmpty() || second.isEmpty() || first.getAsInt() == second.getAsInt()) {
            return Optional.empty();
        }
        return Optional.of(new Reading.Clarify(List.of(symptomOf(first.getAsInt(), playbook),
                symptomOf(second.getAsInt(), playbook))));
    }

    private static Reading symptomOf(int fix, Playbook playbook) {
        return new Reading.Symptom(fix, playbook.fix(fix).symptomIntent(), true);
    }
}
