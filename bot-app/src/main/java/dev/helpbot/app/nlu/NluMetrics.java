package dev.helpbot.app.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The figures of one evaluation, following the CLINC150 paper: in-scope accuracy counts an in-scope
 * row predicted as out of scope as wrong; out-of-scope recall and precision treat the out-of-scope
 * label as one class. A figure with nothing to measure (no out-of-scope rows, say) is null, not 0,
 * so nobody mistakes "not measured" for "failed".
 *
 * @param inScopeAccuracy correct in-scope rows / in-scope rows
 * @param oosRecall       out-of-scope rows predicted out of scope / out-of-scope rows
 * @param oosPrecision    out-of-scope rows predicted out of scope / rows predicted out of scope
 * @param macroF1         mean F1 over the in-scope intents that occur in the test data
 * @param perIntent       one row per in-scope intent of the test data, by name
 * @param topConfusions   the most frequent (gold, predicted) errors, most frequent first
 */
public record NluMetrics(int rows, int inScopeRows, int inScopeCorrect, int oosRows, int oosPredicted,
        int oosCaught, Double inScopeAccuracy, Double oosRecall, Double oosPrecision, Double macroF1,
        List<IntentScore> perIntent, List<Confusion> topConfusions) {

    public static final int TOP_CONFUSIONS = 10;

    public record IntentScore(String intent, double precision, double recall, double f1, int support) {
    }

    public record Confusion(String gold, String predicted, int count) {
    }

    public static NluMetrics of(List<Prediction> predictions, String oosLabel) {
        int inScopeRows = 0;
        int inScopeCorrect = 0;
        int oosRows = 0;
        int oosPredicted = 0;
        int oosCaught = 0;
        Map<String, Integer> support = new HashMap<>();
        Map<String, Integer> predictedCount = new HashMap<>();
        Map<String, Integer> truePositives = new HashMap<>();
        Map<List<String>, Integer> errors = new HashMap<>();
        for (Prediction p : predictions) {
            boolean goldOos = p.gold().equals(oosLabel);
            boolean predictedOos = p.predicted().equals(oosLabel);
            if (goldOos) {
                oosRows++;
            } else {
                inScopeRows++;
                support.merge(p.gold(), 1, Integer::sum);
                if (p.correct()) {
                    inScopeCorrect++;
                    truePositives.merge(p.gold(), 1, Integer::sum);
                }
            }
            if (predictedOos) {
                oosPredicted++;
                if (goldOos) {
                    oosCaught++;
                }
            } else {
                predictedCount.merge(p.predicted(), 1, Integer::sum);
            }
            if (!p.correct()) {
                errors.merge(List.of(p.gold(), p.predicted()), 1, Integer::sum);
            }
        }
        List<IntentScore> perIntent = new ArrayList<>();
        double f1Sum = 0;
        for (String intent : new TreeSet<>(support.keySet())) {
            int tp = truePositives.getOrDefault(intent, 0);
            // An intent never predicted has precision 0 (scikit-learn's zero_division=0), not "undefined".
            double precision = ratio(tp, predictedCount.getOrDefault(intent, 0), 0.0);
            double recall = ratio(tp, support.get(intent), 0.0);
            double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
            perIntent.add(new IntentScore(intent, precision, recall, f1, support.get(intent)));
            f1Sum += f1;
        }
        List<Confusion> confusions = errors.entrySet().stream()
                .map(e -> new Confusion(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingInt(Confusion::count).reversed()
                        .thenComparing(Confusion::gold).thenComparing(Confusion::predicted))
                .limit(TOP_CONFUSIONS)
                .toList();
        return new NluMetrics(predictions.size(), inScopeRows, inScopeCorrect, oosRows, oosPredicted, oosCaught,
                inScopeRows == 0 ? null : (double) inScopeCorrect / inScopeRows,
                oosRows == 0 ? null : (double) oosCaught / oosRows,
                oosRows == 0 || oosPredicted == 0 ? null : (double) oosCaught / oosPredicted,
                perIntent.isEmpty() ? null : f1Sum / perIntent.size(),
                List.copyOf(perIntent), confusions);
    }

    private static double ratio(int numerator, int denominator, double whenEmpty) {
        return denominator == 0 ? whenEmpty : (double) numerator / denominator;
    }
}
