package dev.helpbot.core.reading;

import dev.helpbot.core.content.NearMiss;
import dev.helpbot.core.content.NearMisses;
import dev.helpbot.core.dialogue.Fact;
import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.dialogue.Turn;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * "cant i just sign out and back in?" after telling the bot the Apple ID is locked: asking for a fix that
 * what the person said makes harmful is answered with the warning again, not with the fix.
 */
final class Guards {

    private static final Pattern A_REQUEST = Pattern.compile(
            "(?i)\\b(?:go to|show me|take me to|jump to|pull up|bring up|lets|let's)\\b|\\bfix\\s*#?\\d|^\\W*(?:sign|log|restart|reset|update)\\b");

    /** "got it unlocked thru apple", "recovered my account": what made a fix harmful is over. */
    private static final Pattern OVER = Pattern.compile("(?i)\\b(?:unlocked|recovered|got (?:back )?in(?:to)?|got access|"
            + "(?:reset|changed|remembered|found) (?:my |the )?password|account is (?:fine|ok|okay|back))\\b");

    private Guards() {
    }

    /**
     * Before contradictions are weighed: after the warning, "ok got it unlocked thru apple, now settings says verify
     * apple id" tells the danger is over, so the warning's near miss is only context, and the symptom beside it counts.
     */
    static List<Turn.Clause> overIn(List<Turn.Clause> clauses, Session session, String text) {
        if (noWarningGiven(session) || !OVER.matcher(text).find()) {
            return clauses;
        }
        return clauses.stream().map(c -> c.reading() instanceof Reading.NearMiss nearMiss && nearMiss.insteadOfFix().isPresent()
                && session.guarded(nearMiss.insteadOfFix().getAsInt()) ? new Turn.Clause(c.words(), new Reading.Detail(),
                c.confidence()) : c).toList();
    }

    static Turn inContext(Turn turn, Session session, NearMisses nearMisses) {
        if (noWarningGiven(session)) {
            return turn;
        }
        List<Turn.Clause> clauses = turn.clauses().stream().map(clause -> guardFor(clause, session, nearMisses)
                .map(guard -> new Turn.Clause(clause.words(), guard, clause.confidence())).orElse(clause)).toList();
        return clauses.equals(turn.clauses()) ? turn : new Turn(clauses, turn.entities(), turn.text());
    }

    /**
     * The fix asked for, or asked about, by a jump, a question or a symptom put as a request; "allowed it and the
     * switch is on now" tells, it does not ask.
     */
    private static boolean noWarningGiven(Session session) {
        return session.facts().stream().noneMatch(fact -> fact.kind() == Fact.Kind.GUARDED);
    }

    private static Optional<Reading> guardFor(Turn.Clause clause, Session session, NearMisses nearMisses) {
        Reading reading = clause.reading();
        String words = clause.words();
        boolean asked = TextReading.ASKED.matcher(words).find() || Phrasings.ASKS_FOR_ONE.matcher(words).find()
                || A_REQUEST.matcher(words).find();
        OptionalInt fix = !asked ? OptionalInt.empty()
                : reading instanceof Reading.Symptom symptom ? OptionalInt.of(symptom.fix())
                : reading instanceof Reading.Navigate navigate && navigate.move() == Reading.Move.JUMP ? navigate.fix()
                : reading instanceof Reading.Question question ? question.aboutFix()
                : OptionalInt.empty();
        if (fix.isEmpty() || !session.guarded(fix.getAsInt())) {
            return Optional.empty();
        }
        return nearMisses.entries().stream().filter(n -> n.insteadOfFix().equals(fix)).findFirst()
                .map(Guards::asReading);
    }

    private static Reading asReading(NearMiss nearMiss) {
        return new Reading.NearMiss(nearMiss.intent(), nearMiss.answer(), nearMiss.insteadOfFix(), nearMiss.leavesTheFix());
    }
}
