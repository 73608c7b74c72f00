package dev.helpbot.core.nlu;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Turns a text into 64-bit feature hashes, per {@link FeatureView}, without building a string per
 * feature: building and hashing strings cost more than the classification itself. OpenNLP sees each
 * hash as a hex predicate when training; {@link LinearScorer} uses the numbers directly. Thread-safe.
 */
public final class HashedFeatures {

    private static final long UNIGRAM = 0x1111;
    private static final long BIGRAM = 0x2222;
    private static final long TRIGRAM = 0x3333;
    private static final long SKIP_BIGRAM = 0x4444;
    private static final long CHARACTERS = 0x5555;
    private static final long START = hash("^");
    private static final long END = hash("$");
    private static final int STEM_CACHE_LIMIT = 200_000;

    private final List<FeatureView> views;
    private final long[] viewSeeds;
    private final boolean anyStems;
    private final Map<String, String> stems = new ConcurrentHashMap<>();
    private final ThreadLocal<SnowballStemmer> stemmer =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    public HashedFeatures(List<FeatureView> views) {
        this.views = List.copyOf(views);
        this.viewSeeds = new long[views.size()];
        for (int i = 0; i < viewSeeds.length; i++) {
            viewSeeds[i] = mix(0x5EEDL + i * 0x9E3779B97F4A7C15L);
        }
        this.anyStems = views.stream().anyMatch(FeatureView::stems);
    }

    public List<FeatureView> views() {
        return views;
    }

    public int viewCount() {
        return views.size();
    }

    /**
     * A reusable buffer of one text's features. Every feature of a view carries the same value,
     * 1/sqrt(features in that view), so that long and short texts weigh alike.
     */
    public static final class Buffer {
        long[] keys = new long[512];
        int[] views = new int[512];
        int size;
        final float[] viewValues;

        Buffer(int viewCount) {
            this.viewValues = new float[viewCount];
        }

        void add(long key, int view) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                views = Arrays.copyOf(views, size * 2);
            }
            keys[size] = key;
            views[size++] = view;
        }

        /** The OpenNLP predicates of one view, for training. */
        String[] predicates(int view) {
            int count = 0;
            for (int i = 0; i < size; i++) {
                count += views[i] == view ? 1 : 0;
            }
            String[] predicates = new String[count];
            for (int i = 0, p = 0; i < size; i++) {
                if (views[i] == view) {
                    predicates[p++] = predicate(keys[i]);
                }
            }
            return predicates;
        }
    }

    public Buffer newBuffer() {
        return new Buffer(views.size());
    }

    /** The predicate name OpenNLP knows a feature hash by. */
    static String predicate(long key) {
        return Long.toHexString(key);
    }

    /** Fills {@code buffer} with the features of {@code text}, replacing what it held. */
    public void extract(String text, Buffer buffer) {
        buffer.size = 0;
        List<String> tokens = Tokens.of(text);
        int n = tokens.size();
        long[] words = new long[n];
        long[] stemmed = new long[n];
        for (int i = 0; i < n; i++) {
            words[i] = hash(tokens.get(i));
            stemmed[i] = anyStems ? hash(stem(tokens.get(i))) : words[i];
        }
        for (int v = 0; v < views.size(); v++) {
            FeatureView view = views.get(v);
            int first = buffer.size;
            long[] t = view.stems() ? stemmed : words;
            long seed = viewSeeds[v];
            if (view.unigrams()) {
                for (int i = 0; i < n; i++) {
                    buffer.add(mix(seed ^ UNIGRAM ^ t[i]), v);
                }
            }
            if (view.bigrams()) {
                for (int i = 0; i <= n; i++) {
                    buffer.add(mix(mix(seed ^ BIGRAM ^ (i == 0 ? START : t[i - 1])) + (i == n ? END : t[i])), v);
                }
            }
            if (view.trigrams()) {
                for (int i = 0; i + 2 < n; i++) {
                    buffer.add(mix(mix(mix(seed ^ TRIGRAM ^ t[i]) + t[i + 1]) + t[i + 2]), v);
                }
            }
            if (view.skipBigrams()) {
                for (int i = 0; i + 2 < n; i++) {
                    buffer.add(mix(mix(seed ^ SKIP_BIGRAM ^ t[i]) + t[i + 2]), v);
                }
            }
            if (view.hasCharacters()) {
                addCharacterGrams(tokens, view, seed ^ CHARACTERS, v, buffer);
            }
            int count = buffer.size - first;
            buffer.viewValues[v] = count == 0 ? 0f : (float) (1.0 / Math.sqrt(count));
        }
    }

    /** Character n-grams of each word padded as {@code <word>}, hashed as they are read. */
    private static void addCharacterGrams(List<String> tokens, FeatureView view, long base, int v, Buffer buffer) {
        for (String token : tokens) {
            int length = token.length() + 2;
            for (int start = 0; start < length; start++) {
                long h = base;
                for (int end = start; end < length && end - start < view.charMax(); end++) {
                    char c = end == 0 ? '<' : end == length - 1 ? '>' : token.charAt(end - 1);
                    h = (h ^ c) * 0x100000001b3L;
                    if (end - start + 1 >= view.charMin()) {
                        buffer.add(mix(h ^ (end - start + 1)), v);
                    }
                }
            }
        }
    }

    private String stem(String token) {
        String stem = stems.get(token);
        if (stem == null) {
            stem = stemmer.get().stem(token).toString();
            if (stems.size() < STEM_CACHE_LIMIT) {
                stems.put(token, stem);
            }
        }
        return stem;
    }

    /** MurmurHash3's 64-bit finaliser: spreads bits so that nearby inputs land far apart. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** FNV-1a over the characters, then mixed. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return mix(h ^ s.length());
    }
}
