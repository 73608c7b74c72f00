package dev.helpbot.core.reading;

import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.nlu.Interpretation;
import java.util.List;
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
        List<Interpretation.RankedIntent> ranking = interpretation.ranking();
        Optional<String> own = playbook.fix(fixOnScreen).ruledOutBy();
        boolean contested = ranking.size() > 1 && own.isPresent() && ranking.get(1).intent().equals(own.get())
                && playbook.fixRuledOutBy(ranking.get(0).intent()).isPresent()
                && ranking.get(0).probability() - ranking.get(1).probability() < ReadingMap.CONTESTED_FACT_MARGIN;
        return contested ? interpretation.withPrior(Set.of(own.get()), OWN_FACT_PRIOR) : interpretation;
    }
}
