package dev.helpbot.app.nlu;

import dev.helpbot.core.content.LabeledText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Stratified k-fold cross-validation: each label's examples are spread evenly over the folds, so a
 * fold never lacks an intent that has at least k examples. A fixed seed keeps the folds, and so the
 * figures, the same from run to run.
 */
public final class CrossValidation {

    static final long SEED = 20_191_103L;

    private final Evaluator evaluator;
    private final Progress progress;

    public CrossValidation(Evaluator evaluator, Progress progress) {
        this.evaluator = evaluator;
        this.progress = progress;
    }

    /** Per-fold runs; the scored rows of all folds together cover every example exactly once. */
    public record Result(List<Evaluator.Run> folds) {
        public Result {
            folds = List.copyOf(folds);
        }

        public List<Scored> pooled() {
            return folds.stream().flatMap(f -> f.scored().stream()).toList();
        }

        /** Every fold's rows at each fusion weight, pooled; empty when the classifier has one view. */
        public Map<Double, List<Scored>> pooledByWeight() {
            Map<Double, List<Scored>> pooled = new TreeMap<>();
            for (Evaluator.Run fold : folds) {
                fold.scoredByWeight().forEach((weight, scored) ->
                        pooled.computeIfAbsent(weight, w -> new ArrayList<>()).addAll(scored));
            }
            return pooled;
        }

        public long meanTrainMs() {
            return Math.round(folds.stream().mapToLong(Evaluator.Run::trainMs).average().orElse(0));
        }

        public double meanClassifyPerSec() {
            return folds.stream().mapToDouble(Evaluator.Run::classifyPerSec).average().orElse(0);
        }
    }

    public Result run(List<LabeledText> data, int k, OosRule rule) {
        if (k < 2) {
            throw new DatasetException("--folds must be at least 2, not " + k);
        }
        if (k > data.size()) {
            throw new DatasetException("--folds " + k + " is more than the " + data.size() + " rows of data");
        }
        List<List<LabeledText>> folds = split(data, k);
        List<Evaluator.Run> runs = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            List<LabeledText> train = new ArrayList<>();
            for (int other = 0; other < k; other++) {
                if (other != fold) {
                    train.addAll(folds.get(other));
                }
            }
            progress.note("fold " + (fold + 1) + "/" + k + ": " + train.size() + " rows to train, "
                    + folds.get(fold).size() + " to test");
            Evaluator.Run run = evaluator.run(train, folds.get(fold));
            runs.add(run);
            Double accuracy = NluMetrics.of(rule.applyAll(run.scored()), rule.oosLabel()).inScopeAccuracy();
            progress.note("fold " + (fold + 1) + "/" + k + " done"
                    + (accuracy == null ? "" : String.format(Locale.ROOT, ", in-scope accuracy %.2f%%", accuracy * 100)));
        }
        return new Result(runs);
    }

    /** Deals each label's shuffled examples round-robin, carrying on where the last label stopped. */
    static List<List<LabeledText>> split(List<LabeledText> data, int k) {
        Map<String, List<LabeledText>> byLabel = new TreeMap<>();
        for (LabeledText row : data) {
            byLabel.computeIfAbsent(row.label(), label -> new ArrayList<>()).add(row);
        }
        Random random = new Random(SEED);
        List<List<LabeledText>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        int next = 0;
        for (List<LabeledText> rows : byLabel.values()) {
            Collections.shuffle(rows, random);
            for (LabeledText row : rows) {
                folds.get(next).add(row);
                next = (next + 1) % k;
            }
        }
        return folds;
    }
}
