package dev.helpbot.core.reading;

import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Reading.Kind;
import dev.helpbot.core.dialogue.Turn;
import dev.helpbot.core.nlu.Entities;
import dev.helpbot.core.nlu.Interpretation;
import dev.helpbot.core.reading.TextReading.ClauseReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "tried everything: backup on, wifi, charger, bought 50gb, status page fine" is a list of things done,
 * and every item in it is one, however short. Read alone, "charger" looks like a charging problem and
 * "restarted the phone" like "I did it"; a support agent reads each as a fix already tried.
 */
final class TriedList {

    /** Ruled-out fixes that make a message a list of what was tried even without saying so. */
    static final int RULED_OUT_IN_A_LIST = 3;
    /** An item read as a symptom this surely is a real problem named in the list, not a step done. */
    static final double SURE_SYMPTOM = 0.8;
    /**
     * An item is a few words; a longer clause read as a vague symptom is left to the walk to weigh, unless
     * the message says it lists what was tried ("already tried that switch and wifi stuff before coming here").
     */
    static final int ITEM_WORDS = 3;
    /** An intent this far down the ranking of an item is still a fair reading of a short list item. */
    static final double ITEM_PROBABILITY = 0.1;
    private static final Pattern SAYS_SO = Pattern.compile("(?i)^\\W*(?:tried everything|tried all|"
            + "(?:i\\s*(?:'?ve|have)\\s+)?already\\s+(?:tried|did|done)|(?:i\\s*(?:'?ve|have)\\s+)(?:tried|done)\\b|"
            + "(?:stuff |things )?(?:i )?tried\\s*:)");

    private TriedList() {
    }

    /** The reading of each item of a list of what was tried; any other message as it was read. */
    static List<Turn.Clause> asTried(List<Turn.Clause> read, List<ClauseReading> clauses, String text, ReadingMap map) {
        long ruledOut = read.stream().filter(c -> c.reading() instanceof Reading.RuledOut)
                .map(c -> ((Reading.RuledOut) c.reading()).fix()).distinct().count();
        if (clauses.size() < 2 || (ruledOut < RULED_OUT_IN_A_LIST && !SAYS_SO.matcher(text).find())) {
            return read;
        }
        List<Turn.Clause> tried = new ArrayList<>();
        boolean saysSo = SAYS_SO.matcher(text).find();
        for (Turn.Clause clause : read) {
            tried.add(clause.reading() instanceof Reading.Symptom symptom && clause.confidence() < SURE_SYMPTOM
                    && (saysSo || isAnItem(clause.words()))
                    ? new Turn.Clause(clause.words(), new Reading.RuledOut(symptom.fix(), symptom.intent(), clause.words()),
                    clause.confidence())
                    : clause);
        }
        for (ClauseReading clause : clauses) {
            Optional<Turn.Clause> readAs = read.stream().filter(c -> c.words().equals(clause.words())).findFirst();
            boolean unplaced = readAs.isEmpty() || readAs.get().reading().kind() == Kind.DID_IT;
            if (unplaced && isAnItem(clause.words())) {
                ruledOutBy(clause, map).ifPresent(fact -> {
                    readAs.ifPresent(tried::remove);
                    tried.add(fact);
                });
            }
        }
        return tried;
    }

    private static boolean isAnItem(String words) {
        String item = SAYS_SO.matcher(words).replaceFirst("").strip();
        return !item.isEmpty() && item.split("\\s+").length <= ITEM_WORDS;
    }

    /** "restarted the phone", read first as "I did it", is the restart fix tried when the ranking says so. */
    private static Optional<Turn.Clause> ruledOutBy(ClauseReading clause, ReadingMap map) {
        for (Interpretation.RankedIntent ranked : clause.interpretation().ranking()) {
            if (ranked.probability() < ITEM_PROBABILITY) {
                break;
            }
            Reading reading = map.of(ranked.intent(), ranked.probability(), clause.words(), Entities.NONE, 0);
            if (reading instanceof Reading.RuledOut) {
                return Optional.of(new Turn.Clause(clause.words(), reading, ranked.probability()));
            }
        }
        return Optional.empty();
    }
}
