package dev.helpbot.app.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Metric arithmetic on predictions written by hand, checked against figures worked out by hand below. */
class NluMetricsTest {

    private static final double EPS = 1e-9;

    /*
     * gold -> predicted (11 rows; "oos" is the out-of-scope label)
     *   1 a->a   2 a->a   3 a->b   4 a->oos
     *   5 b->b   6 b->c   7 c->c
     *   8 oos->oos   9 oos->a   10 oos->oos   11 oos->a
     * in scope: rows 1-7, correct 1,2,5,7        -> accuracy 4/7
     * oos: rows 8-11, caught 8,10                -> recall 2/4; predicted oos 4,8,10 -> precision 2/3
     * a: support 4, predicted 1,2,9,11 (tp 2)    -> P 2/4, R 2/4, F1 1/2
     * b: support 2, predicted 3,5 (tp 1)         -> P 1/2, R 1/2, F1 1/2
     * c: support 1, predicted 6,7 (tp 1)         -> P 1/2, R 1,   F1 2*(1/2*1)/(3/2) = 2/3
     * macro-F1 = (1/2 + 1/2 + 2/3) / 3 = 5/9
     * confusions: oos->a x2, then a->b, a->oos, b->c x1 (ties by gold, then predicted)
     */
    private static final List<Prediction> HAND_MADE = List.of(
            p("a", "a"), p("a", "a"), p("a", "b"), p("a", "oos"),
            p("b", "b"), p("b", "c"), p("c", "c"),
            p("oos", "oos"), p("oos", "a"), p("oos", "oos"), p("oos", "a"));

    private static Prediction p(String gold, String predicted) {
        return new Prediction(gold, predicted, 0.5);
    }

    @Test
    void of_handMadePredictions_matchTheHandWorkedFigures() {
        NluMetrics m = NluMetrics.of(HAND_MADE, "oos");

        assertThat(m.rows()).isEqualTo(11);
        assertThat(m.inScopeAccuracy()).isCloseTo(4.0 / 7, within(EPS));
        assertThat(m.oosRecall()).isCloseTo(2.0 / 4, within(EPS));
        assertThat(m.oosPrecision()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(m.macroF1()).isCloseTo(5.0 / 9, within(EPS));
        assertThat(m.perIntent()).extracting(NluMetrics.IntentScore::intent).containsExactly("a", "b", "c");
        assertScore(m.perIntent().get(0), 0.5, 0.5, 0.5, 4);
        assertScore(m.perIntent().get(1), 0.5, 0.5, 0.5, 2);
        assertScore(m.perIntent().get(2), 0.5, 1.0, 2.0 / 3, 1);
        assertThat(m.topConfusions()).containsExactly(
                new NluMetrics.Confusion("oos", "a", 2), new NluMetrics.Confusion("a", "b", 1),
                new NluMetrics.Confusion("a", "oos", 1), new NluMetrics.Confusion("b", "c", 1));
    }

    @Test
    void of_noOutOfScopeRows_leavesOosFiguresUnmeasured() {
        NluMetrics m = NluMetrics.of(List.of(p("a", "a"), p("a", "oos"), p("b", "b")), "oos");

        assertThat(m.oosRecall()).isNull();
        assertThat(m.oosPrecision()).isNull();
        assertThat(m.inScopeAccuracy()).isCloseTo(2.0 / 3, within(EPS));
    }

    @Test
    void of_intentNeverPredicted_hasPrecisionAndF1OfZero() {
        // a: support 2, never predicted -> P 0 (zero_division=0), R 0, F1 0.
        // b: predicted 3 times, right once -> P 1/3, R 1/1, F1 2*(1/3)/(4/3) = 1/2. Macro = (0 + 1/2) / 2 = 1/4.
        NluMetrics m = NluMetrics.of(List.of(p("a", "b"), p("a", "b"), p("b", "b")), "oos");

        assertScore(m.perIntent().get(0), 0.0, 0.0, 0.0, 2);
        assertScore(m.perIntent().get(1), 1.0 / 3, 1.0, 0.5, 1);
        assertThat(m.macroF1()).isCloseTo(0.25, within(EPS));
    }

    @Test
    void oosRule_predictsOutOfScopeForTheOosClassOrAProbabilityBelowTheThreshold() {
        OosRule rule = new OosRule("oos", 0.5);

        assertThat(rule.apply(new Scored("a", "a", 0.6)).predicted()).isEqualTo("a");
        assertThat(rule.apply(new Scored("a", "a", 0.4)).predicted()).isEqualTo("oos");
        assertThat(rule.apply(new Scored("a", "oos", 0.9)).predicted()).isEqualTo("oos");
        assertThat(rule.apply(new Scored("a", null, 0.0)).predicted()).isEqualTo("oos");
        assertThat(new OosRule("oos", 0).apply(new Scored("a", "a", 0.01)).predicted()).isEqualTo("a");
    }

    @Test
    void thresholdSweep_higherThresholdsTradeAccuracyForOosRecall() {
        List<Scored> scored = List.of(new Scored("a", "a", 0.95), new Scored("a", "a", 0.35),
                new Scored("oos", "a", 0.25), new Scored("oos", "a", 0.55));

        List<ThresholdSweep.Point> sweep = ThresholdSweep.of(scored, "oos");

        assertThat(sweep).hasSize(10);
        // 0.0: nothing is out of scope -> accuracy 2/2, recall 0/2. 0.3: catches the 0.25 row -> recall 1/2.
        // 0.4: also loses the in-scope 0.35 row -> accuracy 1/2. 0.6: catches the 0.55 row -> recall 2/2.
        assertThat(sweep.get(0).metrics().inScopeAccuracy()).isEqualTo(1.0);
        assertThat(sweep.get(0).metrics().oosRecall()).isEqualTo(0.0);
        assertThat(sweep.get(3).metrics().oosRecall()).isEqualTo(0.5);
        assertThat(sweep.get(4).metrics().inScopeAccuracy()).isEqualTo(0.5);
        assertThat(sweep.get(6).metrics().oosRecall()).isEqualTo(1.0);
    }

    private static void assertScore(NluMetrics.IntentScore score, double precision, double recall, double f1, int support) {
        assertThat(score.precision()).as(score.intent() + " precision").isCloseTo(precision, within(EPS));
        assertThat(score.recall()).as(score.intent() + " recall").isCloseTo(recall, within(EPS));
        assertThat(score.f1()).as(score.intent() + " F1").isCloseTo(f1, within(EPS));
        assertThat(score.support()).as(score.intent() + " support").isEqualTo(support);
    }
}
