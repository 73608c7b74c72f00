package dev.helpbot.core.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a text into a unit-length vector whose direction carries its meaning, so that "my storage is
 * full" and "no room left in iCloud" land close together. The classifier's encoder view uses it; so can
 * anything that needs sentence similarity (a dot product of two vectors is their cosine). Thread-safe.
 * The returned arrays may be shared with a cache: read them, never write to them.
 */
public interface SentenceEncoder {

    /** Identifies the model, so that stored vectors are never mixed with another model's. */
    String modelId();

    /** Length of every vector. */
    int dimension();

    /** The unit-length vector of {@code text}. */
    float[] encode(String text);

    /** Vectors of many texts, in order; implementations may spread the work over threads. */
    default List<float[]> encodeAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(encode(text));
        }
        return vectors;
    }

    /** Cosine similarity of two unit vectors. */
    static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
