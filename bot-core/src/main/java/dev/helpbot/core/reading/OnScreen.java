package dev.helpbot.core.reading;

import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.nlu.Interpretation;
import java.util.Optional;
import java.util.Set;

/** What the fix on screen makes likelier in a reading. */
final class OnScreen {

    /** A prior strong enough to settle two facts read within {@link ReadingMap#CONTESTED_FACT_MARGIN}. */
    static final double OWN_FACT_PRIOR = 2.0;

    private OnScreen() {
    }

    /** "its green yea" on the switch fix: of two facts read nearly alike, the one about the fix on screen. */
    static Interpretation favouringItsFact(Interpretation interpretation, Playbook playbook, int fixOnScreen) {
        // Asked on every clause on a fix: the top intent and two probabilities, not the whole sorted ranking.
        Optional<String> own = playbook.fix(fixOnScreen).ruledOutBy();
        String top = interpretation.topIntent();
        boolean contested = own.isPresent() && top != null && !top.equals(own.get())
                && interpretation.confidence() - interpretation.probabilityOf(own.get()) < ReadingMap.CONTESTED_FACT_MARGIN
                && playbook.fixRuledOutBy(top).isPresent();
        return contested ? interpretation.withPrior(Set.of(own.get()), OWN_FACT_PRIOR) : interpretation;
    }
}
