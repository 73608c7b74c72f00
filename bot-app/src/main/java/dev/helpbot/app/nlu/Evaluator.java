package dev.helpbot.app.nlu;

import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.content.LabeledText;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.nlu.Interpretation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Trains a classifier and classifies a test set, timing both. The classifier comes from a trainer
 * function so that a better classifier can be measured by the same code.
 */
public final class Evaluator {

    /** The classifier the bot ships with. */
    public static final Function<List<LabeledText>, IntentClassifier> DEFAULT_TRAINER =
            HelpbotEngines::trainClassifier;

    /** Short test sets are classified repeatedly until this much time has passed, so the rate is not noise. */
    private static final long MIN_TIMED_NANOS = 200_000_000L;

    private final Function<List<LabeledText>, IntentClassifier> trainer;
    private final Progress progress;

    public Evaluator(Function<List<LabeledText>, IntentClassifier> trainer, Progress progress) {
        this.trainer = trainer;
        this.progress = progress;
    }

    /** What one train-and-classify run produced. */
    public record Run(List<Scored> scored, long trainMs, double classifyPerSec) {
        public Run {
            scored = List.copyOf(scored);
        }
    }

    public Run run(List<LabeledText> train, List<LabeledText> test) {
        progress.begin("training on " + train.size() + " rows", 0);
        long started = System.nanoTime();
        IntentClassifier classifier = trainer.apply(train);
        long trainMs = (System.nanoTime() - started) / 1_000_000L;
        progress.end();
        progress.note(String.format(Locale.ROOT, "trained in %.1f s", trainMs / 1000.0));

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
        return new Run(scored, trainMs, perSec);
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
