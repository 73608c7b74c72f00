package dev.helpbot.core.reading;

import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.nlu.Interpretation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "backup switch is on wifi is fine phone is plugged in": facts typed in one breath, with no comma or
 * "and" to split at, read as one clause that the classifier can only hear one fact in. Where a fact's last
 * word ("on", "fine", "green") meets what starts the next ("wifi", "phone", "im"), it is split, and the
 * split is kept when at least two of its parts are facts or symptoms of different fixes, or one is and
 * another says the backup fails.
 */
final class RunOnFacts {

    /** Fewer words than this is not a run of facts. */
    static final int MIN_WORDS = 5;
    /** What starts a new fact: a subject, or the thing a fact is about. */
    private static final String NEXT_FACT = "(?:im|i'm|i|its|it's|my|phone|the|apples|apple's|everything|storage|status|"
            + "wifi|wi-fi|switch|backup|icloud|charging|plugged|connected|still|restarted|rebooted|signed|updated)";
    /** What starts a new fact after "on" or "in": not "my" or "the", which start that word's object ("im on my wifi"). */
    private static final String NEXT_SENTENCE = "(?:im|i'm|i|its|it's|phone|apples|apple's|everything|storage|status|"
            + "wifi|wi-fi|switch|backup|icloud|charging|plugged|connected|still|restarted|rebooted|signed|updated)";
    private static final Pattern BOUNDARY = Pattern.compile("(?i)\\b(?:(?:fine|good|ok|okay|green|full|free|"
            + "connected|charging|working|enabled|updated|latest|used|twice|already|overnight|night|day|room|wifi|wi-fi|"
            + "strong|solid|stable|great|perfect|"
            + "charger|router|network|settings|failing|fails|failed|ever|anymore|again|lately|today|rn|now)\\s+(?=" + NEXT_FACT + "\\b)"
            + "|(?:on|off|in)\\s+(?=" + NEXT_SENTENCE + "\\b))");

    private RunOnFacts() {
    }

    static Optional<List<TextReading.ClauseReading>> split(String clause, ReadingMap map, IntentClassifier classifier,
                                                          double clauseThreshold) {
        if (clause.split("\\s+").length < MIN_WORDS || map.namesAFix(clause).isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(clause);
        int start = 0;
        while (boundary.find()) {
            parts.add(clause.substring(start, boundary.end()).strip());
            start = boundary.end();
        }
        parts.add(clause.substring(start).strip());
        if (parts.size() < 2) {
            return Optional.empty();
        }
        List<TextReading.ClauseReading> read = new ArrayList<>();
        Set<Integer> fixes = new HashSet<>();
        int failures = 0;
        for (String part : parts) {
            Interpretation interpretation = classifier.classify(part);
            read.add(new TextReading.ClauseReading(part, part, interpretation));
            map.factOrSymptomFix(interpretation, clauseThreshold).ifPresent(fixes::add);
            failures += map.failingBackup(interpretation, clauseThreshold) ? 1 : 0;
        }
        // "it wont back up to icloud ever the switch is on": a failure and a fact are two things said too.
        return fixes.size() >= 2 || fixes.size() == 1 && failures >= 1 ? Optional.of(read) : Optional.empty();
    }
}
