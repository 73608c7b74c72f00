package dev.helpbot.core.nlu;

import dev.helpbot.core.content.LabeledText;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped intent classifier: two views of a text, their probabilities averaged.
 * <ul>
 *   <li>the n-gram view: hashed words, phrases and character pieces, learned by OpenNLP
 *       ({@link HashedPerceptronClassifier}); it knows spellings, typos and the bot's own phrasings;</li>
 *   <li>the encoder view: a pretrained sentence encoder's vector with a {@link DenseHead}; it knows that
 *       different words can mean the same.</li>
 * </ul>
 * {@code p = w * p_encoder + (1 - w) * p_ngram}, with {@code w} chosen on validation data. Without an
 * encoder (it failed to load, or is disabled) it is the n-gram view alone. Thread-safe.
 */
public final class FusedClassifier implements IntentClassifier {

    /**
     * The bot's weight, chosen by 5-fold cross-validation on the shipped intents (README; re-chosen at 0.6
     * when the intents grew to 50 for reading every fact). `helpbot nlu
     * eval --val` chooses its own on the validation rows it is given (0.6 on CLINC150's).
     */
    public static final double DEFAULT_ENCODER_WEIGHT = 0.6;

    private static final int FILE_MAGIC = 0x48424e4c;
    private static final int FILE_VERSION = 1;

    private final LinearScorer ngram;
    private final DenseHead head;
    private final SentenceEncoder encoder;
    private final String encoderModelId;
    private final double encoderWeight;

    private FusedClassifier(LinearScorer ngram, DenseHead head, String encoderModelId, SentenceEncoder encoder,
            double encoderWeight) {
        this.ngram = ngram;
        this.head = head;
        this.encoderModelId = encoderModelId;
        this.encoder = encoder;
        this.encoderWeight = encoderWeight;
    }

    /**
     * Trains both views on the same examples. {@code vectors} are the encodings of the examples' texts in
     * order (see {@link EncodingStore}), or empty to train the n-gram view alone.
     */
    public static FusedClassifier train(List<LabeledText> examples, Optional<SentenceEncoder> encoder,
            Optional<List<float[]>> vectors, double encoderWeight) {
        HashedPerceptronClassifier ngramView = HashedPerceptronClassifier.train(examples,
                HashedPerceptronClassifier.Settings.forExamples(examples.size()));
        LinearScorer scorer = ngramView.scorer();
        if (encoder.isEmpty() || vectors.isEmpty()) {
            return new FusedClassifier(scorer, null, null, null, 0);
        }
        String[] outcomes = scorer.outcomes();
        Map<String, Integer> index = new HashMap<>();
        for (int o = 0; o < outcomes.length; o++) {
            index.put(outcomes[o], o);
        }
        int[] labels = new int[examples.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = index.get(examples.get(i).label());
        }
        // The head's classes are the n-gram view's outcomes, in the same order, so fusing is index by index.
        DenseHead head = DenseHead.train(vectors.get().toArray(float[][]::new), labels, outcomes.length,
                DenseHead.Settings.DEFAULT);
        return new FusedClassifier(scorer, head, encoder.get().modelId(), encoder.get(), encoderWeight);
    }

    @Override
    public Interpretation classify(String text) {
        double[] probabilities = ngram.probabilities(text);
        if (encoder != null) {
            double[] dense = head.probabilities(encoder.encode(text));
            for (int o = 0; o < probabilities.length; o++) {
                probabilities[o] = encoderWeight * dense[o] + (1 - encoderWeight) * probabilities[o];
            }
        }
        return Interpretation.of(ngram.outcomes(), probabilities);
    }

    @Override
    public Optional<SentenceEncoder> encoder() {
        return Optional.ofNullable(encoder);
    }

    /** Whether the encoder view takes part; false means the n-gram view alone. */
    public boolean encoderActive() {
        return encoder != null;
    }

    public double encoderWeight() {
        return encoderWeight;
    }

    /** The same trained views with another fusion weight: 0 is the n-gram view alone, 1 the encoder's. */
    public FusedClassifier withEncoderWeight(double weight) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("the encoder weight must be in [0, 1], not " + weight);
        }
        return new FusedClassifier(ngram, head, encoderModelId, encoder, weight);
    }

    /** The n-gram view alone, as when the encoder cannot load. */
    public FusedClassifier withoutEncoder() {
        return new FusedClassifier(ngram, head, encoderModelId, null, encoderWeight);
    }

    /** Writes both views, so that a bot can start without training or encoding anything. */
    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeInt(FILE_MAGIC);
        out.writeInt(FILE_VERSION);
        ngram.write(out);
        out.writeBoolean(head != null);
        if (head != null) {
            out.writeUTF(encoderModelId);
            out.writeDouble(encoderWeight);
            head.write(out);
        }
        out.flush();
    }

    /**
     * Reads a model written by {@link #write}. The encoder view takes part when the model has one and
     * {@code encoder} is the model it was trained with; otherwise the n-gram view runs alone.
     */
    public static FusedClassifier read(InputStream stream, Optional<SentenceEncoder> encoder) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        if (in.readInt() != FILE_MAGIC || in.readInt() != FILE_VERSION) {
            throw new IOException("not a helpbot NLU model of version " + FILE_VERSION);
        }
        LinearScorer scorer = LinearScorer.read(in);
        if (!in.readBoolean()) {
            return new FusedClassifier(scorer, null, null, null, 0);
        }
        String modelId = in.readUTF();
        double weight = in.readDouble();
        DenseHead head = DenseHead.read(in);
        if (head.classes() != scorer.outcomes().length) {
            throw new IOException("the two views disagree on the number of intents");
        }
        SentenceEncoder matching = encoder.filter(e -> e.modelId().equals(modelId) && e.dimension() == head.dimension())
                .orElse(null);
        return new FusedClassifier(scorer, head, modelId, matching, weight);
    }
}
