package dev.helpbot.core.nlu;

import dev.helpbot.core.content.LabeledText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.DataIndexerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains OpenNLP's averaged perceptron once per feature view and per example order, then averages all
 * copies into one sparse linear model. Averaging over views pools models that err differently; over
 * orders, it removes the perceptron's sensitivity to which examples it saw last. Weights near zero are
 * dropped, which shrinks the model about tenfold at no measurable cost. Deterministic for fixed settings.
 */
final class PerceptronEnsemble {

    private PerceptronEnsemble() {
    }

    static MaxentModel train(HashedFeatures features, List<LabeledText> examples, Settings settings) {
        List<LabeledText> ordered = new ArrayList<>(examples);
        // Data files are often sorted by label, and the perceptron learns from order.
        Collections.shuffle(ordered, new Random(settings.seed()));
        List<List<Event>> eventsPerView = events(features, ordered);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.threads()));
        try {
            List<Future<MaxentModel>> copies = new ArrayList<>();
            for (int order = 0; order < settings.orders(); order++) {
                for (int view = 0; view < eventsPerView.size(); view++) {
                    List<Event> events = eventsPerView.get(view);
                    if (order > 0) {
                        events = new ArrayList<>(events);
                        Collections.shuffle(events, new Random(1000L * order + view));
                    }
                    List<Event> copy = events;
                    copies.add(pool.submit(() -> trainOne(copy, settings.iterations())));
                }
            }
            MaxentModel[] models = new MaxentModel[copies.size()];
            for (int i = 0; i < models.length; i++) {
                models[i] = copies.get(i).get();
            }
            return average(models, settings.pruneBelow());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("training the intent model failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static List<List<Event>> events(HashedFeatures features, List<LabeledText> examples) {
        List<List<Event>> perView = new ArrayList<>();
        for (int v = 0; v < features.viewCount(); v++) {
            perView.add(new ArrayList<>(examples.size()));
        }
        HashedFeatures.Buffer buffer = features.newBuffer();
        for (LabeledText example : examples) {
            features.extract(example.text(), buffer);
            for (int v = 0; v < features.viewCount(); v++) {
                String[] predicates = buffer.predicates(v);
                float[] values = new float[predicates.length];
                Arrays.fill(values, buffer.viewValues[v]);
                perView.get(v).add(new Event(example.label(), predicates, values));
            }
        }
        return perView;
    }

    private static MaxentModel trainOne(List<Event> events, int iterations) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put("DataIndexer", "OnePassRealValue");
        parameters.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        // Indexing ourselves skips train(ObjectStream)'s checksum over every event's toString.
        parameters.put("sort", ((AbstractEventTrainer) trainer).isSortAndMerge());
        DataIndexer indexer = DataIndexerFactory.getDataIndexer(parameters, new HashMap<>());
        try {
            indexer.index(new CollectionObjectStream<>(events));
            return trainer.train(indexer);
        } catch (IOException e) {
            throw new UncheckedIOException("indexing training events in memory failed", e);
        }
    }

    /** The mean of the models' weights as one sparse GIS model, without weights of magnitude <= pruneBelow. */
    private static MaxentModel average(MaxentModel[] models, double pruneBelow) {
        String[] outcomes = new String[models[0].getNumOutcomes()];
        for (int k = 0; k < outcomes.length; k++) {
            outcomes[k] = models[0].getOutcome(k);
        }
        double scale = 1.0 / models.length;
        Map<String, double[]> weights = new LinkedHashMap<>();
        for (MaxentModel model : models) {
            int[] outcomeIndex = new int[model.getNumOutcomes()];
            for (int k = 0; k < outcomeIndex.length; k++) {
                outcomeIndex[k] = models[0].getIndex(model.getOutcome(k));
            }
            Object[] parts = ((AbstractModel) model).getDataStructures();
            Context[] parameters = (Context[]) parts[0];
            Map<?, ?> predicates = (Map<?, ?>) parts[1];
            for (Map.Entry<?, ?> entry : predicates.entrySet()) {
                Object value = entry.getValue();
                Context context = value instanceof Context c ? c : parameters[(Integer) value];
                double[] row = weights.computeIfAbsent((String) entry.getKey(), k -> new double[outcomes.length]);
                int[] outcomeIds = context.getOutcomes();
                double[] values = context.getParameters();
                for (int i = 0; i < outcomeIds.length; i++) {
                    row[outcomeIndex[outcomeIds[i]]] += values[i] * scale;
                }
            }
        }
        List<String> kept = new ArrayList<>();
        List<Context> contexts = new ArrayList<>();
        for (Map.Entry<String, double[]> entry : weights.entrySet()) {
            double[] row = entry.getValue();
            int count = 0;
            for (double w : row) {
                count += Math.abs(w) > pruneBelow ? 1 : 0;
            }
            if (count == 0) {
                continue;
            }
            int[] ids = new int[count];
            double[] values = new double[count];
            for (int i = 0, j = 0; i < row.length; i++) {
                if (Math.abs(row[i]) > pruneBelow) {
                    ids[j] = i;
                    values[j++] = row[i];
                }
            }
            kept.add(entry.getKey());
            contexts.add(new Context(ids, values));
        }
        return new GISModel(contexts.toArray(Context[]::new), kept.toArray(String[]::new), outcomes);
    }

    /**
     * @param iterations perceptron passes per copy
     * @param orders     example orders per view; each adds one copy per view
     * @param pruneBelow averaged weights of at most this magnitude are dropped
     * @param threads    copies trained at once
     * @param seed       the first example order
     */
    record Settings(int iterations, int orders, double pruneBelow, int threads, long seed) {
    }
}
