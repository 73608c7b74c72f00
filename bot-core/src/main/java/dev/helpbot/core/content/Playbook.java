package dev.helpbot.core.content;

import java.util.List;
import java.util.Optional;

/** The fixes, in the order the bot offers them. Immutable; validated by {@link ContentLoader}. */
public record Playbook(List<Fix> fixes) {

    public Playbook {
        fixes = List.copyOf(fixes);
    }

    public int size() {
        return fixes.size();
    }

    /** The fix with this 1-based number. */
    public Fix fix(int number) {
        if (number < 1 || number > fixes.size()) {
            throw new IllegalArgumentException("no fix " + number + "; the playbook has 1-" + fixes.size());
        }
        return fixes.get(number - 1);
    }

    public boolean hasFix(int number) {
        return number >= 1 && number <= fixes.size();
    }

    /** The fix an iOS version this old points to, if any (the update fix for "im on ios 15"). */
    public Optional<Fix> fixForOldIos(int iosMajor) {
        return fixes.stream().filter(f -> f.whenIosBelow().isPresent() && iosMajor < f.whenIosBelow().getAsInt())
                .findFirst();
    }

    /** The fix a fact of this intent rules out, if any. */
    public Optional<Fix> fixRuledOutBy(String intent) {
        return fixes.stream().filter(f -> f.ruledOutBy().filter(intent::equals).isPresent()).findFirst();
    }

    /** The fix a symptom intent jumps to, if any. */
    public Optional<Fix> fixForSymptom(String intent) {
        return fixes.stream().filter(f -> f.symptomIntent().equals(intent)).findFirst();
    }
}
