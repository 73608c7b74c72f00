package dev.helpbot.core.reading;

import dev.helpbot.core.content.Faq;
import dev.helpbot.core.content.FaqEntry;
import dev.helpbot.core.nlu.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Finds the FAQ entry a question asks, by the words it shares with each entry's example questions.
 * Entries about the fix on screen come first: "where is that setting" means that fix's setting.
 */
final class FaqMatcher {

    /**
     * An entry answers a question that shares at least two of its words and this share of them, or
     * nearly all of them: one word in common ("name") is a coincidence, not the same question.
     */
    static final double MIN_SCORE = 0.35;
    static final double ONE_WORD_SCORE = 0.7;
    /** How much an entry about the fix on screen is preferred over others. */
    static final double ON_SCREEN_BONUS = 0.15;
    private static final Set<String> STOP_WORDS = Set.of("i", "a", "an", "the", "is", "it", "to", "do", "does", "my",
            "me", "of", "on", "in", "for", "and", "or", "be", "are", "am", "this", "that", "you", "your", "can", "will",
            "what", "how", "if", "so", "just", "there", "here", "at", "with", "any", "im", "its", "get", "go");

    private final List<Indexed> entries;
    private final ThreadLocal<SnowballStemmer> stemmer =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    FaqMatcher(Faq faq) {
        this.entries = faq.entries().stream().map(e -> new Indexed(e, e.questions().stream().map(this::words).toList()))
                .toList();
    }

    /** The best entry for {@code question}, preferring the fix on screen ({@code 0} for none). */
    Optional<FaqEntry> match(String question, int fixOnScreen) {
        Set<String> asked = words(question);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        FaqEntry best = null;
        double bestScore = 0;
        for (Indexed indexed : entries) {
            double score = 0;
            for (Set<String> example : indexed.questions) {
                double overlap = overlap(asked, example);
                if (overlap >= ONE_WORD_SCORE || (shared(asked, example) >= 2 && overlap >= MIN_SCORE)) {
                    score = Math.max(score, overlap);
                }
            }
            OptionalInt fix = indexed.entry.fix();
            if (fix.isPresent() && fix.getAsInt() == fixOnScreen) {
                score += ON_SCREEN_BONUS;
            }
            if (score > bestScore) {
                bestScore = score;
                best = indexed.entry;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int shared(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        return shared;
    }

    /** Dice overlap of two word sets: shared words over the mean size. */
    private static double overlap(Set<String> a, Set<String> b) {
        return b.isEmpty() ? 0 : 2.0 * shared(a, b) / (a.size() + b.size());
    }

    private Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        SnowballStemmer stems = stemmer.get();
        for (String token : Tokens.of(text)) {
            if (!STOP_WORDS.contains(token)) {
                words.add(stems.stem(token).toString());
            }
        }
        return words;
    }

    private record Indexed(FaqEntry entry, List<Set<String>> questions) {
    }
}
