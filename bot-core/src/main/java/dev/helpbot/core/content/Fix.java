package dev.helpbot.core.content;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One fix of the playbook, in the order it is shown: title, why, warning, steps, alternatives, notes,
 * check.
 *
 * @param number        1-based position in the playbook; also what users type ("fix 4")
 * @param id            stable identifier from the content file
 * @param title         short imperative title
 * @param shortName     what the fix checks, in a few words ("the backup switch"), to say back what is ruled out
 * @param symptomIntent the intent whose message jumps straight to this fix
 * @param ruledOutBy    the intent of a fact that makes this fix pointless ("the switch is already on")
 * @param alsoCalled    words people use for the fix when they ask for it by name ("the update one")
 * @param notCalled     words that contain the fix's name but mean something else ("reset network settings")
 * @param whenIosBelow  an iOS major version below which a first message that names it points to this fix
 * @param why           one line on why the fix helps
 * @param warning       what to know before starting (what a step deletes or needs), shown before the steps
 * @param steps         numbered steps, when the fix has one way of doing it
 * @param alternatives  choices shown after the steps that are not a sequence (delete data or buy space)
 * @param variants      alternative step lists chosen by what we know about the user's phone
 * @param notes         short tips shown after the steps
 * @param check         how to see that the fix worked, shown last, before "Did this fix it?"
 */
public record Fix(int number, String id, String title, String shortName, String symptomIntent,
                  Optional<String> ruledOutBy, List<String> alsoCalled, List<String> notCalled,
                  OptionalInt whenIosBelow, String why,
                  Optional<String> warning, List<String> steps, List<Alternative> alternatives,
                  Optional<FixVariants> variants, List<String> notes, String check) {

    public Fix {
        alsoCalled = List.copyOf(alsoCalled);
        notCalled = List.copyOf(notCalled);
        steps = List.copyOf(steps);
        alternatives = List.copyOf(alternatives);
        notes = List.copyOf(notes);
    }

    /** Whether {@code lowerCaseText} says one of the things this fix is not ("reset network settings"). */
    public boolean saysSomethingElse(String lowerCaseText) {
        return notCalled.stream().anyMatch(lowerCaseText::contains);
    }
}
