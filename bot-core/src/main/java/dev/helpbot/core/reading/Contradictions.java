package dev.helpbot.core.reading;

import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Readings of one message that cancel each other, and which of them stands. */
final class Contradictions {

    private static final Pattern REPORTED = Pattern.compile(
            "(?i)\\b(?:says|saying|tells me|telling me|asks|asking|shows|showing|pops up|error|message|notification)\\b");

    private Contradictions() {
    }

    /**
     * One message that names a symptom and a fact against the same fix ("icloud says storage full, i have
     * tons of photos") keeps whichever was read with more confidence: a side remark must not cancel the
     * point. A question about a fix's area keeps the fix open ("i charge on a wireless pad, does it still
     * back up?"). A near miss that takes the place of a fix (a forgotten password instead of signing out)
     * cancels that fix's symptom.
     */
    static List<Turn.Clause> without(List<Turn.Clause> clauses, Turn.Clause whole) {
        Map<Integer, Double> symptoms = new HashMap<>();
        if (whole.reading() instanceof Reading.Symptom symptom && whole.confidence() >= TextReading.WHOLE_TOPIC) {
            // Read as a whole, the message says the symptom: "backup says it needs wifi but im on wifi".
            symptoms.put(symptom.fix(), 1.0);
        }
        Map<Integer, Double> ruledOut = new HashMap<>();
        Set<Integer> asked = new HashSet<>();
        Set<Integer> replaced = new HashSet<>();
        Set<Integer> reportedSymptoms = new HashSet<>();
        for (Turn.Clause clause : clauses) {
            Reading reading = clause.reading();
            if (reading instanceof Reading.Symptom symptom) {
                symptoms.merge(symptom.fix(), clause.confidence(), Math::max);
                if (symptom.named() && REPORTED.matcher(clause.words()).find()) {
                    reportedSymptoms.add(symptom.fix());
                }
            } else if (reading instanceof Reading.RuledOut fact) {
                ruledOut.merge(fact.fix(), weight(clause), Math::max);
            } else if (reading instanceof Reading.Question question && question.aboutFix().isPresent()) {
                asked.add(question.aboutFix().getAsInt());
            } else if (reading instanceof Reading.NearMiss nearMiss && nearMiss.insteadOfFix().isPresent()) {
                replaced.add(nearMiss.insteadOfFix().getAsInt());
            }
        }
        List<Turn.Clause> kept = new ArrayList<>();
        for (Turn.Clause clause : clauses) {
            Reading reading = clause.reading();
            boolean contradicted = false;
            if (reading instanceof Reading.RuledOut fact) {
                contradicted = symptoms.getOrDefault(fact.fix(), 0.0) >= weight(clause) || asked.contains(fact.fix())
                        || reportedSymptoms.contains(fact.fix());
            } else if (reading instanceof Reading.Symptom symptom) {
                // "it tells me to connect to wifi but im on wifi": what the phone says outweighs what the person believes.
                boolean reported = symptom.named() && REPORTED.matcher(clause.words()).find();
                contradicted = !reported && ruledOut.getOrDefault(symptom.fix(), 0.0)
                        > symptoms.get(symptom.fix()) + TextReading.SYMPTOM_MARGIN || replaced.contains(symptom.fix());
            }
            if (!contradicted) {
                kept.add(clause);
            }
        }
        return kept.isEmpty() ? clauses : kept;
    }

    /** "its on charge i think? the cable is kinda busted tho": a fact said with a hedge counts half against a symptom. */
    private static double weight(Turn.Clause fact) {
        return Hedges.hedged(fact.words()) ? fact.confidence() / 2 : fact.confidence();
    }
}
