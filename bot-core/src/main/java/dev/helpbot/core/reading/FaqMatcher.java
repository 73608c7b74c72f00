package dev.helpbot.core.reading;

import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.content.Faq;
import dev.helpbot.core.content.FaqEntry;
import dev.helpbot.core.nlu.SentenceEncoder;
import dev.helpbot.core.nlu.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Finds the FAQ entry a question asks: by sentence similarity to each entry's example questions when the
 * sentence encoder runs, otherwise by the words they share. Entries about the fix on screen come first:
 * "where is that setting" means that fix's setting.
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

    /**
     * Below this cosine similarity to every example question, no entry answers. Chosen by leave-one-out
     * over the FAQ's own questions (FaqMatcherTest's sweep): at 0.75, 127 of 206 questions find their own
     * entry and 2 of 91 out-of-scope requests find any; 0.70 finds 136 but lets 9 of the 91 through.
     */
    static final double MIN_SIMILARITY = 0.75;
    /**
     * How much closer a bare question must be than the question with the words before it: "does backup
     * still run" alone is close to many entries, and what came before it says which one it is.
     */
    static final double CONTEXT_MARGIN = 0.05;
    /** The preference for the fix on screen, in cosine similarity. */
    static final double ON_SCREEN_SIMILARITY_BONUS = 0.02;

    private final List<Indexed> entries;
    private final Optional<SentenceEncoder> encoder;
    private final List<List<float[]>> vectors;
    private final double minSimilarity;
    private final ThreadLocal<SnowballStemmer> stemmer =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    FaqMatcher(Faq faq, Optional<SentenceEncoder> encoder) {
        this(faq, encoder, MIN_SIMILARITY);
    }

    FaqMatcher(Faq faq, Optional<SentenceEncoder> encoder, double minSimilarity) {
        this.minSimilarity = minSimilarity;
        this.entries = faq.entries().stream().map(e -> new Indexed(e, e.questions().stream().map(this::words).toList()))
                .toList();
        this.encoder = encoder;
        this.vectors = encoder.map(this::encodeQuestions).orElse(List.of());
    }

    /** The questions' vectors, from the encodings the build shipped where they are there. */
    private List<List<float[]>> encodeQuestions(SentenceEncoder withEncoder) {
        List<String> all = entries.stream().flatMap(e -> e.entry.questions().stream()).toList();
        List<float[]> encoded = HelpbotEngines.encodings(Optional.of(withEncoder)).orElseThrow()
                .encode(all, withEncoder).vectors();
        List<List<float[]>> byEntry = new ArrayList<>();
        int next = 0;
        for (Indexed indexed : entries) {
            byEntry.add(encoded.subList(next, next + indexed.entry.questions().size()));
            next += indexed.entry.questions().size();
        }
        return byEntry;
    }

    /** The best entry for {@code question}, preferring the fix on screen ({@code 0} for none). */
    Optional<FaqEntry> match(String question, int fixOnScreen) {
        return match(question, question, fixOnScreen);
    }

    /**
     * The best entry for a question clause, for the message up to it, or for the whole message, whichever
     * is closest: "does it still run?" after "i charge on a wireless pad" asks about wireless charging,
     * even when "mine never does" follows.
     */
    Optional<FaqEntry> match(String question, String message, int fixOnScreen) {
        if (encoder.isEmpty()) {
            return matchByWords(question, fixOnScreen);
        }
        Scored best = bySimilarity(question, fixOnScreen);
        int end = message.indexOf(question);
        if (end > 0) {
            Scored upToIt = bySimilarity(message.substring(0, end + question.length()), fixOnScreen);
            best = upToIt.entry() != null && upToIt.score() + CONTEXT_MARGIN > best.score() ? upToIt : best;
        }
        if (!message.equals(question)) {
            Scored whole = bySimilarity(message, fixOnScreen);
            best = whole.score() > best.score() ? whole : best;
        }
        return Optional.ofNullable(best.entry());
    }

    private record Scored(FaqEntry entry, double score) {
    }

    private Scored bySimilarity(String question, int fixOnScreen) {
        float[] asked = encoder.get().encode(question);
        FaqEntry best = null;
        double bestScore = 0;
        for (int i = 0; i < entries.size(); i++) {
            double score = 0;
            for (float[] example : vectors.get(i)) {
                score = Math.max(score, SentenceEncoder.similarity(asked, example));
            }
            if (score < minSimilarity) {
                continue;
            }
            FaqEntry entry = entries.get(i).entry;
            if (entry.fix().isPresent() && entry.fix().getAsInt() == fixOnScreen) {
                score += ON_SCREEN_SIMILARITY_BONUS;
            }
            if (score > bestScore) {
                bestScore = score;
                best = entry;
            }
        }
        return new Scored(best, bestScore);
    }

    private Optional<FaqEntry> matchByWords(String question, int fixOnScreen) {
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
