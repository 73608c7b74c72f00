package dev.helpbot.app.nlu;

import java.util.List;
import java.util.Map;

/**
 * The fusion weight and confidence threshold chosen on validation data, with the figures that chose them.
 *
 * <p>The rule, documented in the README: of every (encoder weight, threshold) pair, take the one with the
 * highest accuracy on the validation rows, out-of-scope counting as one more label (a row is right when
 * its intent is, or when it is out of scope and was predicted so). Weights 0.0 to 1.0 by 0.1, thresholds
 * 0.00 to 0.95 by 0.05. Ties go to the lower threshold, then to the weight nearer the shipped default, so
 * that the choice is stable. The test rows play no part.
 *
 * @param validation the figures on the validation rows at this point
 */
public record OperatingPoint(double encoderWeight, double threshold, NluMetrics validation) {

    public static final String RULE = "highest validation accuracy with out-of-scope as one more label, over encoder"
            + " weights 0.0-1.0 (step 0.1) and thresholds 0.00-0.95 (step 0.05); ties: lower threshold";

    static final double THRESHOLD_STEP = 0.05;
    static final int THRESHOLD_STEPS = 19;

    public static OperatingPoint choose(Map<Double, List<Scored>> scoredByWeight, String oosLabel) {
        OperatingPoint best = null;
        double bestAccuracy = -1;
        for (Map.Entry<Double, List<Scored>> entry : scoredByWeight.entrySet()) {
            for (int step = 0; step <= THRESHOLD_STEPS; step++) {
                double threshold = Math.round(step * THRESHOLD_STEP * 100) / 100.0;
                NluMetrics metrics = NluMetrics.of(new OosRule(oosLabel, threshold).applyAll(entry.getValue()), oosLabel);
                double accuracy = metrics.rows() == 0 ? 0
                        : (double) (metrics.inScopeCorrect() + metrics.oosCaught()) / metrics.rows();
                boolean better = accuracy > bestAccuracy + 1e-12
                        || (Math.abs(accuracy - bestAccuracy) <= 1e-12 && best != null && (threshold < best.threshold
                        || (threshold == best.threshold && closerToDefault(entry.getKey(), best.encoderWeight))));
                if (best == null || better) {
                    best = new OperatingPoint(entry.getKey(), threshold, metrics);
                    bestAccuracy = accuracy;
                }
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no validation rows were scored");
        }
        return best;
    }

    private static boolean closerToDefault(double weight, double than) {
        double shipped = dev.helpbot.core.nlu.FusedClassifier.DEFAULT_ENCODER_WEIGHT;
        return Math.abs(weight - shipped) < Math.abs(than - shipped);
    }
}
