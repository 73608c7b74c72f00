package dev.helpbot.app.nlu;

import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.content.LabeledText;
import dev.helpbot.core.nlu.FusedClassifier;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.nlu.Interpretation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Trains a classifier and classifies a test set, timing both. The classifier comes from a trainer
 * function so that a better classifier can be measured by the same code. For the fused classifier it
 * also scores the test rows at every fusion weight, so that a weight can be chosen on validation data.
 */
public final class Evaluator {

    /** The classifier the bot ships with. */
    public static final Function<List<LabeledText>, IntentClassifier> DEFAULT_TRAINER =
            HelpbotEngines::trainClassifier;

    /** Fusion weights tried when choosing one: 0 is the n-gram view alone, 1 the encoder view alone. */
    static final List<Double> WEIGHTS = List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);

    /** Short test sets are classified repeatedly until this much time has passed, so the rate is not noise. */
    private static final long MIN_TIMED_NANOS = 200_000_000L;

    private final Function<List<LabeledText>, IntentClassifier> trainer;
    private final Progress progress;

    public Evaluator(Function<List<LabeledText>, IntentClassifier> trainer, Progress progress) {
        this.trainer = trainer;
        this.progress = progress;
    }

    /**
     * What one train-and-classify run produced.
     *
     * @param scored         the test rows as the classifier reads them
     * @param scoredByWeight the test rows at each fusion weight; empty for a classifier with one view
     */
    public record Run(List<Scored> scored, long trainMs, double classifyPerSec, Map<Double, List<Scored>> scoredByWeight) {
        public Run {
            scored = List.copyOf(scored);
            scoredByWeight = Map.copyOf(scoredByWeight);
        }

        public Run(List<Scored> scored, long trainMs, double classifyPerSec) {
            this(scored, trainMs, classifyPerSec, Map.of());
        }
    }

    /** A run whose fusion weight and threshold were chosen on validation rows before the test rows were read. */
    public record TunedRun(Run run, OperatingPoint chosen) {
    }

    public Run run(List<LabeledText> train, List<LabeledText> test) {
        Trained trained = train(train);
        return measure(trained.classifier(), test, trained.ms(), true);
    }

    /** Trains on {@code train}, chooses the operating point on {@code val}, then scores {@code test} with it. */
    public TunedRun run(List<LabeledText> train, List<LabeledText> val, List<LabeledText> test, String oosLabel) {
        Trained trained = train(train);
        progress.begin("choosing the fusion weight and threshold on " + val.size() + " validation rows", 0);
        OperatingPoint chosen = OperatingPoint.choose(byWeight(trained.classifier(), val), oosLabel);
        progress.end();
        progress.note(String.format(Locale.ROOT, "chose encoder weight %.1f, threshold %.2f on validation",
                chosen.encoderWeight(), chosen.threshold()));
        IntentClassifier classifier = trained.classifier() instanceof FusedClassifier fused && fused.encoderActive()
                ? fused.withEncoderWeight(chosen.encoderWeight()) : trained.classifier();
        return new TunedRun(measure(classifier, test, trained.ms(), false), chosen);
    }

    private record Trained(IntentClassifier classifier, long ms) {
    }

    private Trained train(List<LabeledText> train) {
        progress.begin("training on " + train.size() + " rows", 0);
        long started = System.nanoTime();
        IntentClassifier classifier = trainer.apply(train);
        long trainMs = (System.nanoTime() - started) / 1_000_000L;
        progress.end();
        progress.note(String.format(Locale.ROOT, "trained in %.1f s", trainMs / 1000.0));
        return new Trained(classifier, trainMs);
    }

    private Run measure(IntentClassifier classifier, List<LabeledText> test, long trainMs, boolean everyWeight) {
        // The first pass warms up the JIT and the classifier's caches; only later passes are timed.
        progress.begin("classifying " + test.size() + " rows (warm-up)", test.size());
        List<Scored> scored = classifyAll(classifier, test);
        progress.end();
        progress.begin("classifying " + test.size() + " rows (timed)", test.size());
        long timedRows = 0;
        long timedStart = System.nanoTime();
        long elapsed;
        do {
            classifyAll(classifier, test);
            timedRows += test.size();
            elapsed = System.nanoTime() - timedStart;
        } while (elapsed < MIN_TIMED_NANOS);
        progress.end();
        double perSec = timedRows / (elapsed / 1e9);
        return new Run(scored, trainMs, perSec, everyWeight ? byWeight(classifier, test) : Map.of());
    }

    /** The rows scored at each fusion weight, or once (as weight 0) by a classifier with one view. */
    private Map<Double, List<Scored>> byWeight(IntentClassifier classifier, List<LabeledText> rows) {
        Map<Double, List<Scored>> byWeight = new TreeMap<>();
        if (classifier instanceof FusedClassifier fused && fused.encoderActive()) {
            for (double weight : WEIGHTS) {
                byWeight.put(weight, classifyAll(fused.withEncoderWeight(weight), rows));
            }
        } else {
            byWeight.put(0.0, classifyAll(classifier, rows));
        }
        return byWeight;
    }

    private List<Scored> classifyAll(IntentClassifier classifier, List<LabeledText> test) {
        List<Scored> scored = new ArrayList<>(test.size());
        int done = 0;
        for (LabeledText row : test) {
            Interpretation reading = classifier.classify(row.text());
            scored.add(new Scored(row.label(), reading.topIntent(), reading.confidence()));
            progress.update(++done);
        }
        return scored;
    }
}
