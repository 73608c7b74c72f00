package dev.helpbot.core.nlu;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Scores texts against a linear model whose predicates are {@link HashedFeatures} hashes, with the same
 * arithmetic as OpenNLP's {@code GISModel.eval} (sum of weight times value per outcome, then softmax) but
 * several times faster: predicates live in an open-addressing table of (fingerprint, offset) pairs, so a
 * lookup is one cache line and no string is built; each weight is packed with its outcome into one int
 * (a float with its lowest 8 mantissa bits dropped, relative error below 2e-5). Thread-safe.
 */
final class LinearScorer {

    private static final int MAX_OUTCOMES = 256;

    private final int[] table;
    private final int mask;
    private final int[] packed;
    private final String[] outcomes;
    private final HashedFeatures features;
    private final ThreadLocal<HashedFeatures.Buffer> buffers;
    private final double temperature;

    /**
     * @param temperature scores are multiplied by this before the softmax; averaged perceptron scores are
     *                    small, so without it every probability would sit near 1/outcomes
     */
    LinearScorer(MaxentModel model, HashedFeatures features, double temperature) {
        this.features = features;
        this.temperature = temperature;
        Object[] parts = ((AbstractModel) model).getDataStructures();
        Context[] parameters = (Context[]) parts[0];
        Map<?, ?> predicates = (Map<?, ?>) parts[1];
        this.outcomes = ((String[]) parts[2]).clone();
        if (outcomes.length > MAX_OUTCOMES) {
            throw new IllegalArgumentException("at most " + MAX_OUTCOMES + " intents, got " + outcomes.length);
        }
        int slots = Integer.highestOneBit(Math.max(16, predicates.size() + predicates.size() / 2)) << 1;
        this.table = new int[2 * slots];
        this.mask = slots - 1;
        long total = 0;
        for (Object value : predicates.values()) {
            total += 1 + context(value, parameters).getOutcomes().length;
        }
        this.packed = new int[Math.toIntExact(total)];
        int write = 0;
        for (Map.Entry<?, ?> entry : predicates.entrySet()) {
            long key = Long.parseUnsignedLong((String) entry.getKey(), 16);
            int slot = (int) key & mask;
            while (table[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = fingerprint(key);
            table[2 * slot + 1] = write;
            Context context = context(entry.getValue(), parameters);
            int[] ids = context.getOutcomes();
            double[] weights = context.getParameters();
            packed[write++] = ids.length;
            for (int i = 0; i < ids.length; i++) {
                packed[write++] = (Float.floatToRawIntBits((float) weights[i]) & 0xFFFFFF00) | ids[i];
            }
        }
        this.buffers = ThreadLocal.withInitial(features::newBuffer);
    }

    private LinearScorer(int[] table, int[] packed, String[] outcomes, HashedFeatures features, double temperature) {
        this.table = table;
        this.mask = table.length / 2 - 1;
        this.packed = packed;
        this.outcomes = outcomes;
        this.features = features;
        this.temperature = temperature;
        this.buffers = ThreadLocal.withInitial(features::newBuffer);
    }

    /** Writes the model as it is scored, so that loading it is reading arrays, not training. */
    void write(DataOutput out) throws IOException {
        out.writeDouble(temperature);
        List<FeatureView> views = features.views();
        out.writeInt(views.size());
        for (FeatureView view : views) {
            out.writeBoolean(view.stems());
            out.writeBoolean(view.unigrams());
            out.writeBoolean(view.bigrams());
            out.writeBoolean(view.trigrams());
            out.writeBoolean(view.skipBigrams());
            out.writeInt(view.charMin());
            out.writeInt(view.charMax());
        }
        out.writeInt(outcomes.length);
        for (String outcome : outcomes) {
            out.writeUTF(outcome);
        }
        writeInts(out, table);
        writeInts(out, packed);
    }

    static LinearScorer read(DataInput in) throws IOException {
        double temperature = in.readDouble();
        int viewCount = in.readInt();
        if (viewCount < 1 || viewCount > 16) {
            throw new IOException("not an n-gram model: " + viewCount + " feature views");
        }
        List<FeatureView> views = new java.util.ArrayList<>();
        for (int v = 0; v < viewCount; v++) {
            views.add(new FeatureView(in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean(),
                    in.readBoolean(), in.readInt(), in.readInt()));
        }
        int outcomeCount = in.readInt();
        if (outcomeCount < 1 || outcomeCount > MAX_OUTCOMES) {
            throw new IOException("not an n-gram model: " + outcomeCount + " outcomes");
        }
        String[] outcomes = new String[outcomeCount];
        for (int o = 0; o < outcomeCount; o++) {
            outcomes[o] = in.readUTF();
        }
        int[] table = readInts(in);
        if (Integer.bitCount(table.length) != 1) {
            throw new IOException("not an n-gram model: a table of " + table.length + " slots");
        }
        return new LinearScorer(table, readInts(in), outcomes, new HashedFeatures(views), temperature);
    }

    private static void writeInts(DataOutput out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 200_000_000) {
            throw new IOException("not an n-gram model: an array of " + length + " entries");
        }
        int[] values = new int[length];
        for (int i = 0; i < length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    /** Outcome names in score order; shared, never modified. */
    String[] outcomes() {
        return outcomes;
    }

    /** Softmax probabilities of every outcome, in outcome order. */
    double[] probabilities(String text) {
        HashedFeatures.Buffer buffer = buffers.get();
        features.extract(text, buffer);
        double[] scores = new double[outcomes.length];
        for (int i = 0; i < buffer.size; i++) {
            long key = buffer.keys[i];
            int fingerprint = fingerprint(key);
            int slot = (int) key & mask;
            while (true) {
                int stored = table[2 * slot];
                if (stored == fingerprint) {
                    float value = buffer.viewValues[buffer.views[i]];
                    int at = table[2 * slot + 1];
                    for (int j = at + 1, end = at + 1 + packed[at]; j < end; j++) {
                        int entry = packed[j];
                        scores[entry & 0xFF] += Float.intBitsToFloat(entry & 0xFFFFFF00) * value;
                    }
                    break;
                }
                if (stored == 0) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < scores.length; o++) {
            scores[o] *= temperature;
            max = Math.max(max, scores[o]);
        }
        double sum = 0;
        for (int o = 0; o < scores.length; o++) {
            scores[o] = Math.exp(scores[o] - max);
            sum += scores[o];
        }
        for (int o = 0; o < scores.length; o++) {
            scores[o] /= sum;
        }
        return scores;
    }

    /** Never 0, which marks an empty slot. */
    private static int fingerprint(long key) {
        int fingerprint = (int) (key >>> 32);
        return fingerprint == 0 ? 1 : fingerprint;
    }

    private static Context context(Object value, Context[] parameters) {
        return value instanceof Context c ? c : parameters[(Integer) value];
    }
}
