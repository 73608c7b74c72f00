package dev.helpbot.core.content;

import java.util.List;
import java.util.Optional;

/**
 * One fix of the playbook.
 *
 * @param number        1-based position in the playbook; also what users type ("fix 4")
 * @param id            stable identifier from the content file
 * @param title         short imperative title
 * @param symptomIntent the intent whose message jumps straight to this fix
 * @param why           one line on why the fix helps
 * @param steps         numbered steps, when the fix has one way of doing it
 * @param variants      alternative step lists chosen by what we know about the user's phone
 * @param notes         short tips shown after the steps
 */
public record Fix(int number, String id, String title, String symptomIntent, String why,
                  List<String> steps, Optional<FixVariants> variants, List<String> notes) {

    public Fix {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }
}
