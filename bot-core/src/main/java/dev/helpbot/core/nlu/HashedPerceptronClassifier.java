package dev.helpbot.core.nlu;

import dev.helpbot.core.content.LabeledText;
import java.util.Collection;
import java.util.List;

/**
 * The shipped intent classifier: hashed word, phrase and character features ({@link HashedFeatures}),
 * an ensemble of OpenNLP averaged perceptrons averaged into one sparse model ({@link PerceptronEnsemble}),
 * and a fast scorer ({@link LinearScorer}). Chosen on CLINC150's validation split; see the README for
 * the figures and what else was tried.
 */
public final class HashedPerceptronClassifier implements IntentClassifier {

    private final LinearScorer scorer;

    private HashedPerceptronClassifier(LinearScorer scorer) {
        this.scorer = scorer;
    }

    public static HashedPerceptronClassifier train(Collection<LabeledText> examples, Settings settings) {
        HashedFeatures features = new HashedFeatures(settings.views());
        List<LabeledText> list = List.copyOf(examples);
        return new HashedPerceptronClassifier(new LinearScorer(PerceptronEnsemble.train(features, list,
                new PerceptronEnsemble.Settings(settings.iterations(), settings.orders(), settings.pruneBelow(),
                        settings.threads(), settings.seed())), features, settings.temperature()));
    }

    /** The trained model, for the fused classifier that pairs it with the encoder view. */
    LinearScorer scorer() {
        return scorer;
    }

    @Override
    public Interpretation classify(String text) {
        return Interpretation.of(scorer.outcomes(), scorer.probabilities(text));
    }

    /**
     * How to train.
     *
     * @param views      the feature views, one model each
     * @param iterations perceptron passes per model
     * @param orders     example orders per view
     * @param pruneBelow averaged weights of at most this magnitude are dropped
     * @param threads    models trained at once
     * @param seed        fixes the example orders, so training is repeatable
     * @param temperature scales scores before the softmax so that probabilities are calibrated
     */
    public record Settings(List<FeatureView> views, int iterations, int orders, double pruneBelow, int threads,
                           long seed, double temperature) {

        public Settings {
            views = List.copyOf(views);
        }

        /** Up to this many examples, training many copies is cheap and pays off. */
        static final int SMALL_DATA = 5_000;

        /**
         * Settings for a data set of {@code examples} rows. Small sets (a bot's own intents) get more
         * passes and copies and keep every weight: chosen by 5-fold cross-validation on the shipped
         * intents. Large sets get the configuration chosen on CLINC150's validation split, which trains
         * 15,100 rows within 15 s on two cores. The temperature minimised the cross-validated
         * log-loss on the shipped intents.
         */
        public static Settings forExamples(int examples) {
            int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
            List<FeatureView> views = List.of(FeatureView.CHARACTERS, FeatureView.PHRASES);
            return examples <= SMALL_DATA
                    ? new Settings(views, 10, 8, 0.0, threads, 42, 10.0)
                    : new Settings(views, 4, 3, 0.035, threads, 42, 10.0);
        }
    }
}
