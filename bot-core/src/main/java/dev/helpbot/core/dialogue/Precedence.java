package dev.helpbot.core.dialogue;

import dev.helpbot.core.dialogue.Reading.Kind;
import java.util.List;
import java.util.Optional;

/**
 * Which reading of a turn decides the reply. The others still count: facts rule fixes out, symptoms
 * and details are remembered. The order is a support agent's: a request for a person outranks
 * everything, then the last navigation instruction ("skip skip, take me to the update one"), then the
 * last answer about the fix ("did it, nothing"), then progress, questions, symptoms and facts, and
 * small talk or off-topic remarks only when nothing else was said.
 */
final class Precedence {

    /** Readings that only ever come alone: they are the turn. */
    private static final List<Kind> ALONE = List.of(Kind.TOO_LONG, Kind.EMPTY, Kind.ATTACHMENT, Kind.STALE_CHOICE,
            Kind.START, Kind.STATS, Kind.PHONE_CHOICE, Kind.CLARIFY);
    /**
     * After answers, in order, while a fix is on screen: a question or progress report is about that
     * fix. Navigation and answers are taken last-first, symptoms first-first.
     */
    private static final List<Kind> AFTER_ANSWERS_ON_A_FIX = List.of(Kind.IN_PROGRESS, Kind.QUESTION, Kind.SYMPTOM,
            Kind.RULED_OUT, Kind.GENERIC, Kind.DID_IT, Kind.MODEL_UNKNOWN, Kind.DETAIL, Kind.NEAR_MISS, Kind.NAVIGATE);
    /**
     * With no fix on screen, what the problem is comes first: the fix it leads to answers most questions. A
     * near miss outranks the phone named beside it ("battery drains since ios 17"), which is noted anyway.
     */
    private static final List<Kind> AFTER_ANSWERS_OTHERWISE = List.of(Kind.SYMPTOM, Kind.GENERIC, Kind.RULED_OUT,
            Kind.QUESTION, Kind.IN_PROGRESS, Kind.DID_IT, Kind.NEAR_MISS, Kind.MODEL_UNKNOWN, Kind.DETAIL,
            Kind.NAVIGATE);
    /** A question answerable from content outranks the facts beside it when it was read this clearly. */
    static final double CLEAR_QUESTION = 0.7;
    /** Below this, a near miss that replaces a fix counts like any other near miss. */
    static final double GUARD_CONFIDENCE = 0.8;
    /** An answer read this surely outweighs a navigation read less surely than {@link #SURE_NAVIGATION}. */
    static final double SURE_ANSWER = 0.9;
    static final double SURE_NAVIGATION = 0.6;
    /** This many fixes ruled out in one message make it a list of what the person has tried. */
    static final int LIST_OF_TRIED = 3;
    private static final List<Kind> LAST_RESORT = List.of(Kind.OFF_TOPIC, Kind.NOT_UNDERSTOOD);

    private Precedence() {
    }

    static Reading deciding(Turn turn, Session session) {
        List<Reading> readings = turn.readings();
        if (readings.size() == 1) {
            return readings.get(0);
        }
        for (Kind kind : ALONE) {
            Optional<Reading> found = first(readings, kind);
            if (found.isPresent()) {
                return found.get();
            }
        }
        Optional<Reading> person = first(readings, Kind.ASK_PERSON);
        if (person.isPresent()) {
            return person.get();
        }
        // "Back to the bot" means something only to a conversation people have taken over.
        Optional<Reading> backToBot = first(readings, Kind.BACK_TO_BOT);
        if (backToBot.isPresent() && session.stage() == Stage.ESCALATED) {
            return backToBot.get();
        }
        // A forgotten password or a phone stuck on the Apple logo outranks the fix it would lead to, when
        // it was read with confidence: it overrides everything the message says.
        boolean onAFix = session.stage() == Stage.FIX;
        Optional<Reading> success = readings.stream().filter(r -> r instanceof Reading.Worked worked && worked.sure())
                .reduce((first, second) -> second);
        boolean succeeded = onAFix && success.isPresent() && !stillRunning(turn, success.get())
                && !failureReadMoreSurely(turn, success.get());
        Optional<Reading> guard = readings.stream().filter(r -> r instanceof Reading.NearMiss nearMiss
                && nearMiss.insteadOfFix().isPresent() && turn.confidenceOf(r) >= GUARD_CONFIDENCE).findFirst();
        // "got back in through account recovery and the backup went through" tells how it ended.
        if (guard.isPresent() && !(succeeded && at(readings, success.get()) > at(readings, guard.get()))) {
            return guard.get();
        }
        // "how do i get a refund for icloud+, i have 2tb and barely use it": with no fix on screen and no
        // failure told, a clear near miss is the point and the facts beside it are its context.
        Optional<Reading> clearNearMiss = readings.stream().filter(r -> r.kind() == Kind.NEAR_MISS
                && turn.confidenceOf(r) >= GUARD_CONFIDENCE).findFirst();
        if (!onAFix && clearNearMiss.isPresent() && first(readings, Kind.SYMPTOM).isEmpty()
                && first(readings, Kind.GENERIC).isEmpty() && first(readings, Kind.NOT_WORKED).isEmpty()) {
            return clearNearMiss.get();
        }
        // "It says last backup: just now" resolves, even beside a stray "tried again"; "it might have worked,
        // it says backing up" is not done yet.
        if (succeeded) {
            return success.get();
        }
        // A jump that names no fix ("trying to fix backup") is noise beside anything else the message says, and so
        // is a weakly read step beside a sure answer: "tried forgetting and rejoining the network, still drops".
        boolean sureAnswer = readings.stream().anyMatch(r -> r.kind() == Kind.NOT_WORKED && turn.confidenceOf(r) >= SURE_ANSWER);
        Optional<Reading> navigation = readings.stream().filter(r -> !(sureAnswer && turn.confidenceOf(r) < SURE_NAVIGATION))
                .filter(r -> r instanceof Reading.Navigate navigate
                && (navigate.move() != Reading.Move.JUMP || navigate.fix().isPresent())
                && (onAFix || navigate.move() == Reading.Move.JUMP || navigate.move() == Reading.Move.START_OVER))
                // "go back, i wanna try it again": a repeat after a back or a jump is of the fix it went to.
                .reduce((first, second) -> second instanceof Reading.Navigate repeat && repeat.move() == Reading.Move.REPEAT
                        && first instanceof Reading.Navigate went && (went.move() == Reading.Move.BACK
                        || went.move() == Reading.Move.JUMP) ? first : second);
        if (navigation.isPresent()) {
            return navigation.get();
        }
        // With no fix on screen, "it says last backup: never, is backup even on?" is about the symptom.
        // With no fix on screen, "iphone wont back up, last backup was 3 days ago" is a failure, whatever reads as success.
        Optional<Reading> answer = last(readings, onAFix ? List.of(Kind.NOT_WORKED) : List.of(Kind.WORKED, Kind.NOT_WORKED))
                .filter(a -> a.kind() != Kind.WORKED || readings.stream().noneMatch(r -> r.kind() == Kind.GENERIC));
        // "tried again and its going, about an hour left": the new try is running; wait for how it ends.
        boolean runningSince = answer.isPresent() && readings.subList(at(readings, answer.get()), readings.size())
                .stream().anyMatch(r -> r.kind() == Kind.IN_PROGRESS);
        if (answer.isPresent() && !(onAFix && runningSince) && (onAFix || first(readings, Kind.SYMPTOM).isEmpty())) {
            return answer.get();
        }
        Optional<Reading> progress = first(readings, Kind.IN_PROGRESS);
        if (onAFix && progress.isPresent()) {
            // "Charging now and it started, says backing up": the fix is working; wait for the outcome.
            return progress.get();
        }
        Optional<Reading> unsure = first(readings, Kind.WORKED);
        if (onAFix && unsure.isPresent() && first(readings, Kind.SYMPTOM).isEmpty()
                && first(readings, Kind.GENERIC).isEmpty()) {
            // An unsure "I think it worked" gets its confirming question before facts or questions, unless the
            // message reports a failure too: "Not Enough Storage ... thats what it says now" is not success.
            return unsure.get();
        }
        // "How long does a backup take? mine is like 90gb": the question is the point, the rest context.
        Optional<Reading> answerable = readings.stream().filter(r -> r instanceof Reading.Question question
                && question.answer().isPresent() && turn.confidenceOf(r) >= CLEAR_QUESTION).findFirst();
        if (onAFix && answerable.isPresent()) {
            return answerable.get();
        }
        // "The switch is already on" while the switch fix is on screen answers that fix.
        if (onAFix) {
            Optional<Reading> aboutThisFix = readings.stream().filter(r -> r instanceof Reading.RuledOut ruledOut
                    && ruledOut.fix() == session.currentFix()).findFirst();
            if (aboutThisFix.isPresent()) {
                return aboutThisFix.get();
            }
        }
        for (Kind kind : onAFix ? AFTER_ANSWERS_ON_A_FIX : AFTER_ANSWERS_OTHERWISE) {
            Optional<Reading> found = kind == Kind.SYMPTOM ? symptomStillOpen(turn, session)
                    : kind == Kind.QUESTION && (!onAFix || first(readings, Kind.NEAR_MISS).isPresent())
                    ? placedQuestion(readings) : first(readings, kind);
            if (found.isPresent()) {
                return found.get();
            }
        }
        Optional<Reading> social = last(readings, List.of(Kind.SOCIAL));
        if (social.isPresent()) {
            return social.get();
        }
        for (Kind kind : LAST_RESORT) {
            Optional<Reading> found = first(readings, kind);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return readings.get(readings.size() - 1);
    }

    /**
     * "It says backing up" beside a success means it is not done yet, unless the success comes after it
     * and is read more surely: "few hrs later its green again and my backup finished" tells how it ended.
     */
    private static boolean stillRunning(Turn turn, Reading success) {
        List<Reading> readings = turn.readings();
        int successAt = at(readings, success);
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            if (r.kind() == Kind.IN_PROGRESS && (i > successAt || turn.confidenceOf(r) >= turn.confidenceOf(success))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Not Enough Storage ... thats what it says now": a failure the message reports more surely than a
     * success it seems to report is what the message says. So is a "no" that concludes it: in "last backup
     * was yesterday so no", the date read as a success is the evidence for the answer after it.
     */
    private static boolean failureReadMoreSurely(Turn turn, Reading success) {
        List<Reading> readings = turn.readings();
        int successAt = at(readings, success);
        // "i had low data mode on, turned it off and it backed up", "the status page showed an outage, now its green
        // and my backup says completed": a cause, what changed, and how it ended.
        int changedAt = -1;
        for (int i = 0; i < successAt; i++) {
            Kind kind = readings.get(i).kind();
            changedAt = kind == Kind.DID_IT || kind == Kind.IN_PROGRESS ? i : changedAt;
        }
        for (int i = changedAt + 1; i < readings.size(); i++) {
            Reading r = readings.get(i);
            boolean failure = r.kind() == Kind.SYMPTOM || r.kind() == Kind.GENERIC || r.kind() == Kind.NOT_WORKED && i > successAt;
            // A failure told after the success is how it ended: "ran a backup and... 'could not be completed'".
            if (failure && (i > successAt || turn.confidenceOf(r) > turn.confidenceOf(success))) {
                return true;
            }
        }
        return false;
    }

    /**
     * With no fix on screen, or beside a near miss, a question counts when the bot can answer it or tell which
     * fix it is about; otherwise the near miss says more ("my screen is cracked, where can i get it fixed").
     */
    private static Optional<Reading> placedQuestion(List<Reading> readings) {
        return readings.stream().filter(r -> r instanceof Reading.Question question
                && (question.answer().isPresent() || question.aboutFix().isPresent())).findFirst();
    }

    /**
     * A symptom among several facts wins, unless the user has ruled its fix out too. One whose words name
     * its fix's area ("my wifi disconnects") beats a consequence several causes share ("the backup gets
     * interrupted"); otherwise the first one counts: people lead with what they think the cause is, and a
     * symptom the whole message reads as comes first.
     */
    private static Optional<Reading> symptomStillOpen(Turn turn, Session session) {
        List<Reading.Symptom> open = turn.all(Reading.Symptom.class).stream()
                .filter(symptom -> !session.ruledOut(symptom.fix())).toList();
        Optional<Reading> named = open.stream().filter(Reading.Symptom::named).map(s -> (Reading) s).findFirst();
        if (named.isPresent()) {
            return named;
        }
        if (isAListOfWhatWasTried(turn)) {
            // In "switch on, 150gb free, plugged in every night, wifi fine, i went into settings", a vague
            // symptom is more likely a misread step than the cause: the walk goes on from what is untried.
            open = open.stream().filter(symptom -> turn.confidenceOf(symptom) >= GUARD_CONFIDENCE).toList();
            return open.isEmpty() ? Optional.empty() : Optional.of(open.get(0));
        }
        return open.isEmpty() ? first(turn.readings(), Kind.SYMPTOM) : Optional.of(open.get(0));
    }

    private static boolean isAListOfWhatWasTried(Turn turn) {
        return turn.all(Reading.RuledOut.class).stream().map(Reading.RuledOut::fix).distinct().count() >= LIST_OF_TRIED;
    }

    /** Where {@code reading} itself is: readings are records, and two equal ones ("it worked" twice) are two clauses. */
    private static int at(List<Reading> readings, Reading reading) {
        for (int i = 0; i < readings.size(); i++) {
            if (readings.get(i) == reading) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<Reading> first(List<Reading> readings, Kind kind) {
        return readings.stream().filter(r -> r.kind() == kind).findFirst();
    }

    private static Optional<Reading> last(List<Reading> readings, List<Kind> kinds) {
        for (int i = readings.size() - 1; i >= 0; i--) {
            if (kinds.contains(readings.get(i).kind())) {
                return Optional.of(readings.get(i));
            }
        }
        return Optional.empty();
    }
}
