package dev.helpbot.core.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Turns a text into the feature strings the maxent model sees: stemmed word unigrams and bigrams,
 * plus character 3- and 4-grams inside each word so that typos ("backp", "icloude") still share
 * most features with the correct spelling. Stateless and thread-safe.
 */
public final class TextFeatures {

    private static final int MAX_TOKENS = 64;

    /** Lower-cased word tokens, apostrophes dropped ("won't" -> "wont"), other punctuation splitting. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length() && tokens.size() < MAX_TOKENS; i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                current.append(c);
            } else if (c == '\'' || c == '\u2019') {
                continue;
            } else if (!current.isEmpty()) {
                tokens.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty() && tokens.size() < MAX_TOKENS) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    public String[] contextOf(String text) {
        List<String> tokens = tokens(text);
        List<String> features = new ArrayList<>(tokens.size() * 8 + 1);
        PorterStemmer stemmer = new PorterStemmer();
        String previous = "<s>";
        for (String token : tokens) {
            String stem = stemmer.stem(token);
            features.add("w=" + stem);
            features.add("b=" + previous + "_" + stem);
            previous = stem;
            addCharGrams(token, features);
        }
        features.add("b=" + previous + "_</s>");
        return features.toArray(String[]::new);
    }

    private static void addCharGrams(String token, List<String> features) {
        String padded = "^" + token + "$";
        for (int n = 3; n <= 4; n++) {
            for (int start = 0; start + n <= padded.length(); start++) {
                features.add("c=" + padded.substring(start, start + n));
            }
        }
    }
}
