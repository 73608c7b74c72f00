package dev.helpbot.app.nlu;

import java.util.List;
import java.util.Map;

/**
 * Everything the text, JSON and HTML writers show about one evaluation or cross-validation.
 *
 * @param title          what was evaluated, for headings
 * @param source         where the data came from, in one line
 * @param scored         the raw readings, for threshold sweeps and confidence plots
 * @param predictions    the readings after the out-of-scope rule
 * @param trainMs        training time; for cross-validation the mean per fold
 * @param classifyPerSec single-thread classifications per second; for cross-validation the mean per fold
 * @param foldAccuracies in-scope accuracy per fold (NaN for a fold without in-scope rows); empty for eval
 * @param chosen         the operating point chosen on validation rows (eval --val) or on the pooled
 *                       cross-validation predictions (cv); null when nothing was chosen
 */
public record EvalOutcome(String title, String source, OosRule rule, List<Scored> scored,
        List<Prediction> predictions, NluMetrics metrics, long trainMs, double classifyPerSec,
        List<Double> foldAccuracies, OperatingPoint chosen) {

    public EvalOutcome {
        scored = List.copyOf(scored);
        predictions = List.copyOf(predictions);
        foldAccuracies = List.copyOf(foldAccuracies);
    }

    public static EvalOutcome ofRun(String title, String source, OosRule rule, Evaluator.Run run) {
        List<Prediction> predictions = rule.applyAll(run.scored());
        return new EvalOutcome(title, source, rule, run.scored(), predictions,
                NluMetrics.of(predictions, rule.oosLabel()), run.trainMs(), run.classifyPerSec(), List.of(), null);
    }

    /** A run whose threshold and fusion weight were chosen on validation rows: figures at that point. */
    public static EvalOutcome ofTunedRun(String title, String source, String oosLabel, Evaluator.TunedRun tuned) {
        OosRule rule = new OosRule(oosLabel, tuned.chosen().threshold());
        Evaluator.Run run = tuned.run();
        List<Prediction> predictions = rule.applyAll(run.scored());
        return new EvalOutcome(title, source, rule, run.scored(), predictions,
                NluMetrics.of(predictions, rule.oosLabel()), run.trainMs(), run.classifyPerSec(), List.of(),
                tuned.chosen());
    }

    public static EvalOutcome ofCrossValidation(String title, String source, OosRule rule,
            CrossValidation.Result result) {
        List<Double> accuracies = result.folds().stream()
                .map(fold -> NluMetrics.of(rule.applyAll(fold.scored()), rule.oosLabel()).inScopeAccuracy())
                .map(accuracy -> accuracy == null ? Double.NaN : accuracy)
                .toList();
        List<Prediction> predictions = rule.applyAll(result.pooled());
        Map<Double, List<Scored>> pooledByWeight = result.pooledByWeight();
        OperatingPoint chosen = pooledByWeight.isEmpty() ? null : OperatingPoint.choose(pooledByWeight, rule.oosLabel());
        return new EvalOutcome(title, source, rule, result.pooled(), predictions,
                NluMetrics.of(predictions, rule.oosLabel()), result.meanTrainMs(), result.meanClassifyPerSec(),
                accuracies, chosen);
    }

    public boolean crossValidated() {
        return !foldAccuracies.isEmpty();
    }

    /** Mean of the per-fold in-scope accuracies, skipping folds that had none; NaN for eval. */
    public double meanFoldAccuracy() {
        return foldAccuracies.stream().filter(a -> !a.isNaN()).mapToDouble(Double::doubleValue).average()
                .orElse(Double.NaN);
    }
}
