package dev.helpbot.core.content;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One fix of the playbook.
 *
 * @param number        1-based position in the playbook; also what users type ("fix 4")
 * @param id            stable identifier from the content file
 * @param title         short imperative title
 * @param shortName     what the fix checks, in a few words ("the backup switch"), to say back what is ruled out
 * @param symptomIntent the intent whose message jumps straight to this fix
 * @param ruledOutBy    the intent of a fact that makes this fix pointless ("the switch is already on")
 * @param alsoCalled    words people use for the fix when they ask for it by name ("the update one")
 * @param whenIosBelow  an iOS major version below which a first message that names it points to this fix
 * @param why           one line on why the fix helps
 * @param steps         numbered steps, when the fix has one way of doing it
 * @param variants      alternative step lists chosen by what we know about the user's phone
 * @param notes         short tips shown after the steps
 */
public record Fix(int number, String id, String title, String shortName, String symptomIntent,
                  Optional<String> ruledOutBy, List<String> alsoCalled, OptionalInt whenIosBelow, String why, List<String> steps, Optional<FixVariants> variants,
                  List<String> notes) {

    public Fix {
        alsoCalled = List.copyOf(alsoCalled);
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }
}
