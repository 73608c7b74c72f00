package dev.helpbot.app.nlu;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The figures as one JSON object, for scripts and CI. Ratios are fractions in [0, 1]; a figure that
 * could not be measured is null. Key names are a contract: add keys, never rename them.
 */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonReport() {
    }

    /** @param sweep threshold sweep points to include, or null to leave them out */
    public static String render(EvalOutcome outcome, List<ThresholdSweep.Point> sweep) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", outcome.title());
        root.put("source", outcome.source());
        root.put("oos_label", outcome.rule().oosLabel());
        root.put("threshold", outcome.rule().threshold());
        NluMetrics m = outcome.metrics();
        root.put("rows", m.rows());
        root.put("in_scope_rows", m.inScopeRows());
        root.put("oos_rows", m.oosRows());
        putHeadline(root, m);
        root.put("train_ms", outcome.trainMs());
        root.put("classify_per_sec", Math.round(outcome.classifyPerSec()));
        if (outcome.crossValidated()) {
            root.put("folds", outcome.foldAccuracies().size());
            putRatio(root, "mean_fold_accuracy", nanToNull(outcome.meanFoldAccuracy()));
            ArrayNode folds = root.putArray("fold_accuracies");
            outcome.foldAccuracies().forEach(a -> {
                if (a.isNaN()) {
                    folds.addNull();
                } else {
                    folds.add(round(a));
                }
            });
        }
        OperatingPoint chosen = outcome.chosen();
        if (chosen != null) {
            ObjectNode node = root.putObject("chosen");
            node.put("on", outcome.crossValidated() ? "pooled cross-validation predictions" : "validation rows");
            node.put("rule", OperatingPoint.RULE);
            node.put("encoder_weight", chosen.encoderWeight());
            node.put("threshold", chosen.threshold());
            putHeadline(node, chosen.validation());
        }
        ArrayNode perIntent = root.putArray("per_intent");
        for (NluMetrics.IntentScore score : m.perIntent()) {
            perIntent.addObject().put("intent", score.intent()).put("precision", round(score.precision()))
                    .put("recall", round(score.recall())).put("f1", round(score.f1()))
                    .put("support", score.support());
        }
        ArrayNode confusions = root.putArray("top_confusions");
        for (NluMetrics.Confusion confusion : m.topConfusions()) {
            confusions.addObject().put("gold", confusion.gold()).put("predicted", confusion.predicted())
                    .put("count", confusion.count());
        }
        if (sweep != null) {
            ArrayNode points = root.putArray("threshold_sweep");
            for (ThresholdSweep.Point point : sweep) {
                ObjectNode node = points.addObject().put("threshold", point.threshold());
                putHeadline(node, point.metrics());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of plain values failed to serialise", e);
        }
    }

    private static void putHeadline(ObjectNode node, NluMetrics m) {
        putRatio(node, "in_scope_accuracy", m.inScopeAccuracy());
        putRatio(node, "oos_recall", m.oosRecall());
        putRatio(node, "oos_precision", m.oosPrecision());
        putRatio(node, "macro_f1", m.macroF1());
    }

    private static void putRatio(ObjectNode node, String key, Double value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, round(value));
        }
    }

    private static Double nanToNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** Six decimals: more than any test set can support, fewer than floating-point noise. */
    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
