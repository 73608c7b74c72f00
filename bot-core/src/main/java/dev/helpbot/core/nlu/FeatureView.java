package dev.helpbot.core.nlu;

/**
 * One way of looking at a text. The classifier trains one model per view and averages them, because
 * views that see different things (character pieces versus word sequences) make different mistakes.
 *
 * @param stems        use Snowball stems instead of the words as written
 * @param unigrams     single words
 * @param bigrams      word pairs, with sentence start and end
 * @param trigrams     word triples
 * @param skipBigrams  pairs of words one apart ("backup * fail")
 * @param charMin      shortest character n-gram inside a word, 0 for none
 * @param charMax      longest character n-gram inside a word
 */
public record FeatureView(boolean stems, boolean unigrams, boolean bigrams, boolean trigrams, boolean skipBigrams,
                          int charMin, int charMax) {

    /** Words, word pairs and character 4-5-grams: robust to typos. */
    public static final FeatureView CHARACTERS = new FeatureView(true, true, true, false, false, 4, 5);
    /** Words, pairs, triples and skip-pairs: robust to word order and filler words. */
    public static final FeatureView PHRASES = new FeatureView(true, true, true, true, true, 0, 0);

    boolean hasCharacters() {
        return charMax > 0;
    }
}
