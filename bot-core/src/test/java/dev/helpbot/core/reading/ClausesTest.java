package dev.helpbot.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class ClausesTest {

    @Test
    void factsPackedIntoOneMessage_areOneClauseEach() {
        assertThat(Clauses.of("backup switch is on, im on wifi, and its plugged in rn"))
                .containsExactly("backup switch is on", "im on wifi", "and its plugged in rn");
    }

    @Test
    void twoThingsThatShareWhatIsSaid_stayOneClause() {
        assertThat(Clauses.of("my icloud is full but my wifi and everything else is fine"))
                .containsExactly("my icloud is full", "my wifi and everything else is fine");
        assertThat(Clauses.of("the switch and the wifi are fine")).containsExactly("the switch and the wifi are fine");
        assertThat(Clauses.of("switch is on and wifi is fine")).containsExactly("switch is on", "wifi is fine");
    }

    @Test
    void soAfterAnAim_saysWhatItIsFor_andDoesNotSplit() {
        assertThat(Clauses.of("trying to update ios so my backup works"))
                .containsExactly("trying to update ios so my backup works");
        assertThat(Clauses.of("i deleted photos so that it fits")).containsExactly("i deleted photos so that it fits");
    }

    @Test
    void soBeforeAnAdjective_meansVery_andDoesNotSplit() {
        assertThat(Clauses.of("my battery dies so fast lately")).containsExactly("my battery dies so fast lately");
        assertThat(Clauses.of("it takes so long but it never finishes"))
                .containsExactly("it takes so long", "it never finishes");
    }

    @Test
    void soAfterAFact_isAConsequence_andSplits() {
        assertThat(Clauses.of("i restarted it so now it says estimating"))
                .containsExactly("i restarted it", "now it says estimating");
    }

    @Test
    void aLongPaste_isReadClauseByClause_upToTheBound() {
        String paste = String.join(", ", Collections.nCopies(Clauses.MAX_CLAUSES - 1, "wifi is fine"))
                + ", and at the very end it says not enough storage";
        assertThat(Clauses.of(paste)).hasSize(Clauses.MAX_CLAUSES).last()
                .isEqualTo("and at the very end it says not enough storage");

        String longer = String.join(", ", Collections.nCopies(Clauses.MAX_CLAUSES + 5, "wifi is fine"));
        assertThat(Clauses.of(longer)).hasSize(Clauses.MAX_CLAUSES);
    }
}
