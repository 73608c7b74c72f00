package dev.helpbot.app.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * The same readings judged at thresholds 0.0 to 0.9: a higher threshold catches more out-of-scope
 * queries and loses in-scope ones. Run it on a validation set to choose, never on the test set.
 */
public final class ThresholdSweep {

    private ThresholdSweep() {
    }

    public record Point(double threshold, NluMetrics metrics) {
    }

    public static List<Point> of(List<Scored> scored, String oosLabel) {
        List<Point> points = new ArrayList<>();
        for (int step = 0; step <= 9; step++) {
            double threshold = step / 10.0;
            OosRule rule = new OosRule(oosLabel, threshold);
            points.add(new Point(threshold, NluMetrics.of(rule.applyAll(scored), oosLabel)));
        }
        return points;
    }
}
