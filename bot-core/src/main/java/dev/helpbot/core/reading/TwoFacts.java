package dev.helpbot.core.reading;

import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.nlu.Interpretation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "im plugged in on wifi" is two facts with no comma or "and" between them, so it is one clause, and the
 * classifier hears only one of them. A clause that names two fixes' areas is read as two parts, split
 * before the word that leads into the second name, when each part is a fact about a different fix read
 * with confidence; otherwise it stays whole ("restarting didnt fix the storage" is one thought).
 */
final class TwoFacts {

    /** The word before the second name that starts the second fact: "on wifi", "with the charger", "on my home wifi". */
    private static final Pattern LEAD_IN = Pattern.compile("(?i)\\s(?:on|with|and|to|in|plus)(?:\\s+[\\w']+){0,2}\\s+$");

    private TwoFacts() {
    }

    /** The two parts of {@code clause} with their readings, or empty when it is one fact or none. */
    static Optional<List<TextReading.ClauseReading>> split(String clause, ReadingMap map, IntentClassifier classifier,
                                                          double clauseThreshold) {
        Optional<Integer> at = map.secondNameAt(clause);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        String before = clause.substring(0, at.get());
        Matcher leadIn = LEAD_IN.matcher(before);
        if (!leadIn.find()) {
            return Optional.empty();
        }
        String first = before.substring(0, leadIn.start()).strip();
        String second = clause.substring(leadIn.start()).strip();
        Interpretation firstRead = classifier.classify(first);
        Interpretation secondRead = classifier.classify(second);
        Optional<Integer> firstFix = map.factFix(firstRead, clauseThreshold);
        Optional<Integer> secondFix = map.factFix(secondRead, clauseThreshold);
        if (firstFix.isEmpty() || secondFix.isEmpty() || firstFix.get().equals(secondFix.get())) {
            return Optional.empty();
        }
        return Optional.of(List.of(new TextReading.ClauseReading(first, first, firstRead),
                new TextReading.ClauseReading(second, second, secondRead)));
    }
}
