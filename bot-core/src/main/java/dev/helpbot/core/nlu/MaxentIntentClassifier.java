package dev.helpbot.core.nlu;

import dev.helpbot.core.content.LabeledText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * An OpenNLP maximum-entropy classifier over {@link TextFeatures}. We extract features ourselves and
 * call the raw {@link MaxentModel}, whose {@code eval} is thread-safe, rather than
 * {@code DocumentCategorizerME}, which is not.
 */
public final class MaxentIntentClassifier implements IntentClassifier {

    private final MaxentModel model;
    private final TextFeatures features;

    private MaxentIntentClassifier(MaxentModel model, TextFeatures features) {
        this.model = model;
        this.features = features;
    }

    /** Trains a classifier on labelled examples with the given settings. */
    public static MaxentIntentClassifier train(Collection<LabeledText> examples, TrainingSettings settings) {
        TextFeatures features = new TextFeatures();
        List<Event> events = new ArrayList<>(examples.size());
        for (LabeledText example : examples) {
            events.add(new Event(example.label(), features.contextOf(example.text())));
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        parameters.put(TrainingParameters.THREADS_PARAM, settings.threads());
        parameters.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        try {
            return new MaxentIntentClassifier(trainer.train(new CollectionObjectStream<>(events)), features);
        } catch (IOException e) {
            // The stream is in memory; an IOException here means OpenNLP itself failed.
            throw new UncheckedIOException("training the intent model failed", e);
        }
    }

    @Override
    public Interpretation classify(String text) {
        double[] probabilities = model.eval(features.contextOf(text));
        Integer[] order = new Integer[probabilities.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(probabilities[b], probabilities[a]));
        List<Interpretation.RankedIntent> ranking = new ArrayList<>(order.length);
        for (int index : order) {
            ranking.add(new Interpretation.RankedIntent(model.getOutcome(index), probabilities[index]));
        }
        return new Interpretation(ranking);
    }

    /**
     * How to train.
     *
     * @param algorithm  an OpenNLP trainer name: {@code MAXENT} (GIS), {@code MAXENT_QN}, {@code PERCEPTRON}
     * @param iterations training passes
     * @param cutoff     features seen fewer times than this are dropped
     * @param threads    trainer threads
     */
    public record TrainingSettings(String algorithm, int iterations, int cutoff, int threads) {
        public static TrainingSettings defaults() {
            return new TrainingSettings("MAXENT", 200, 1, 1);
        }
    }
}
