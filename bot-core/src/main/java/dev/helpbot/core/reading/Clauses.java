package dev.helpbot.core.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a message into clauses, the units people pack facts into: "backup switch is on, im on wifi,
 * and its plugged in rn" is three. Splits at sentence ends, semicolons, commas and new lines, then at
 * joining words ("and", "but", "so", "btw", "because"), except where the word after it carries on the
 * same action: "signed out and back in" and "turned it off and on" stay whole, and so does a "so" that
 * says what an aim is for: "trying to update so my backup works", or one that means "very": "it dies so
 * fast"; nor does "my wifi and everything else is fine", where two things share what is said. A decimal point ("iOS 17.2") is not a split.
 */
public final class Clauses {

    /** At most this many clauses are read; the rest of a rambling paste is read as one. */
    static final int MAX_CLAUSES = 48;

    /** Sentence ends, commas, new lines, dashes and slashes, and the ticks and crosses people list facts with. */
    private static final Pattern PUNCTUATION = Pattern.compile(
            "[.!?;]+(?=\\s|$)|[.!?]{2,}|\\n+|,(?!\\d)|\\s[-–—/|]\\s|[✅❌✔✓✗✘•·]\\uFE0F?");
    private static final Pattern JOINING_WORD = Pattern.compile(
            "\\s(?:and|but|so|btw|by the way|also|because|cuz|coz|though|although|plus|however|then)\\s",
            Pattern.CASE_INSENSITIVE);
    /** A joining word followed by one of these continues the same action: "signed out and back in". */
    private static final Set<String> CONTINUES_THE_VERB = Set.of("back", "on", "off", "in", "out", "again", "over",
            "forth", "up", "down", "then");
    /** "Trying to update so my backup works": after an aim, "so" says what for, not a second fact. */
    private static final Pattern AN_AIM = Pattern.compile(
            "(?i)\\b(?:trying|try|want|wanna|need|have|going|gonna|hoping)\\s+to\\b");
    /** "Dies so fast", "takes so long": a "so" before one of these is "very", not "and so". */
    private static final Set<String> SO_INTENSIFIES = Set.of("fast", "slow", "slowly", "quick", "quickly", "much",
            "many", "long", "bad", "badly", "hot", "warm", "weird", "annoying", "frustrating", "often", "far", "little",
            "few", "full", "low", "high", "big", "small", "hard", "easy", "good", "random", "early", "late", "tired",
            "confused", "lost", "sorry", "close", "slooow", "useless", "dumb", "stupid", "broken", "done");
    /** "my wifi and everything else is fine": before "and", a thing alone shares the predicate after it. */
    private static final Pattern A_BARE_SUBJECT = Pattern.compile("(?i)(?:my|the|our|your)\\s+[\\w'-]+");
    /** Words that carry no reading on their own; a clause of only these is dropped. */
    private static final Set<String> FILLER = Set.of("ok", "okay", "k", "so", "um", "uh", "umm", "well", "hmm",
            "lol", "haha", "btw", "also", "and", "but", "tho", "though", "anyway", "anyways", "like", "then", "hey",
            "alright", "right", "oh", "ah", "soo", "sooo");

    private Clauses() {
    }

    /** The clauses of {@code text}, in order; the whole text when it does not split. Never empty for non-blank text. */
    public static List<String> of(String text) {
        List<String> clauses = new ArrayList<>();
        for (String piece : PUNCTUATION.split(text)) {
            for (String clause : splitAtJoiningWords(piece.strip())) {
                if (!clause.isEmpty() && !isFiller(clause)) {
                    clauses.add(clause);
                }
            }
        }
        if (clauses.isEmpty()) {
            return text.isBlank() ? List.of() : List.of(text.strip());
        }
        if (clauses.size() > MAX_CLAUSES) {
            List<String> bounded = new ArrayList<>(clauses.subList(0, MAX_CLAUSES - 1));
            bounded.add(String.join(" ", clauses.subList(MAX_CLAUSES - 1, clauses.size())));
            return bounded;
        }
        return clauses;
    }

    private static List<String> splitAtJoiningWords(String piece) {
        List<String> parts = new ArrayList<>();
        Matcher matcher = JOINING_WORD.matcher(piece);
        int start = 0;
        while (matcher.find()) {
            String left = piece.substring(start, matcher.start()).strip();
            String right = piece.substring(matcher.end()).strip();
            boolean so = matcher.group().strip().equalsIgnoreCase("so");
            boolean purpose = so && (AN_AIM.matcher(left).find() || firstWord(right).equals("that"));
            boolean intensifier = so && SO_INTENSIFIES.contains(firstWord(right).replaceAll("[^a-z]", ""));
            boolean sharedSubject = matcher.group().strip().equalsIgnoreCase("and") && A_BARE_SUBJECT.matcher(left).matches();
            if (words(left) >= 1 && words(right) >= 1 && !CONTINUES_THE_VERB.contains(firstWord(right)) && !purpose
                    && !intensifier && !sharedSubject) {
                parts.add(left);
                start = matcher.end();
            }
        }
        parts.add(piece.substring(start).strip());
        return parts;
    }

    private static int words(String text) {
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    private static String firstWord(String text) {
        return text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static boolean isFiller(String clause) {
        for (String word : clause.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
