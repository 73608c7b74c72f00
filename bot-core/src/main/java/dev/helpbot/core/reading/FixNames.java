package dev.helpbot.core.reading;

import dev.helpbot.core.content.Fix;
import dev.helpbot.core.content.Playbook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Finds the fix a person asks for by name ("show me the update one") from each fix's {@code also_called} words. */
final class FixNames {

    private final List<Name> names = new ArrayList<>();

    FixNames(Playbook playbook) {
        for (Fix fix : playbook.fixes()) {
            for (String name : fix.alsoCalled()) {
                names.add(new Name(Pattern.compile("\\b" + Pattern.quote(name) + "\\b"), name.length(), fix.number()));
            }
        }
        // The longest name wins: "reset all settings" before "settings".
        names.sort(Comparator.comparingInt(Name::length).reversed());
    }

    OptionalInt find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Name name : names) {
            if (name.pattern.matcher(lower).find()) {
                return OptionalInt.of(name.fix);
            }
        }
        return OptionalInt.empty();
    }

    private record Name(Pattern pattern, int length, int fix) {
    }
}
