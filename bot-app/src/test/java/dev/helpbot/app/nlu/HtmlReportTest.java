package dev.helpbot.app.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page's charts from hand-made readings, without training anything. */
class HtmlReportTest {

    private static EvalOutcome outcome(List<Scored> scored) {
        OosRule rule = new OosRule("oos", 0.3);
        Evaluator.Run run = new Evaluator.Run(scored, 1234, 50_000);
        return EvalOutcome.ofRun("NLU evaluation", "hand-made <rows>", rule, run);
    }

    @Test
    void render_heatmapHasTheConfusedIntentsOnBothAxes_andHistogramBinsByTenths() {
        List<Scored> scored = List.of(new Scored("weather", "weather", 0.95), new Scored("weather", "news", 0.6),
                new Scored("weather", "news", 0.55), new Scored("news", "news", 0.8), new Scored("oos", "news", 0.2));

        EvalOutcome outcome = outcome(scored);
        String html = HtmlReport.render(outcome);

        // The oos row's 0.2 is below the 0.3 threshold, so it is predicted oos and correct: weather->news is the only confusion.
        assertThat(outcome.metrics().topConfusions()).containsExactly(new NluMetrics.Confusion("weather", "news", 2));
        assertThat(HeatmapSvg.labels(outcome.metrics())).containsExactly("weather", "news");
        assertThat(HeatmapSvg.counts(List.of("weather", "news"), outcome.predictions()))
                .isEqualTo(new int[][] {{1, 2, 0}, {0, 1, 0}});
        assertThat(html).contains(">weather</text>", ">news</text>", "2 rows of weather predicted as news");
        // Bins: correct 0.95 -> 9, 0.8 -> 8; wrong 0.6 -> 6, 0.55 -> 5; out of scope 0.2 -> 2.
        int[][] bins = HistogramSvg.counts(outcome.predictions(), "oos");
        assertThat(bins[0]).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 1, 1);
        assertThat(bins[1]).containsExactly(0, 0, 0, 0, 0, 1, 1, 0, 0, 0);
        assertThat(bins[2]).containsExactly(0, 0, 1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(html).contains("threshold 0.30", "hand-made &lt;rows&gt;").doesNotContain("<rows>");
    }

    @Test
    void render_noConfusions_saysSoInsteadOfAnEmptyChart() {
        String html = HtmlReport.render(outcome(List.of(new Scored("a", "a", 0.9), new Scored("b", "b", 0.7))));

        assertThat(html).contains("<section id=\"heatmap\">", "No confusions").doesNotContain("<svg class=\"heatmap\"");
    }
}
