package dev.helpbot.core.nlu;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the encodings of short texts, so that the answers people repeat all day ("no", "still failing",
 * "thanks") never run the model twice. The key is the text lower-cased with whitespace collapsed: the
 * encoder's tokenizer lower-cases and splits on whitespace itself, so texts with equal keys get the same encoding.
 */
final class CachedSentenceEncoder implements SentenceEncoder {

    private final SentenceEncoder encoder;
    private final Cache<String, float[]> cache;
    private final int maxLength;

    CachedSentenceEncoder(SentenceEncoder encoder, int entries, int maxLength) {
        this.encoder = encoder;
        this.cache = Caffeine.newBuilder().maximumSize(entries).build();
        this.maxLength = maxLength;
    }

    @Override
    public String modelId() {
        return encoder.modelId();
    }

    @Override
    public int dimension() {
        return encoder.dimension();
    }

    @Override
    public float[] encode(String text) {
        if (text.length() > maxLength) {
            return encoder.encode(text);
        }
        return cache.get(key(text), key -> encoder.encode(text));
    }

    @Override
    public List<float[]> encodeAll(List<String> texts) {
        // Training data: many distinct texts, encoded in parallel; caching them would evict the useful entries.
        return encoder.encodeAll(texts);
    }

    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
