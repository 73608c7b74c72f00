package dev.helpbot.core.dialogue;

import dev.helpbot.core.Handoff;
import dev.helpbot.core.StaffAction;
import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.content.ResponseKey;
import dev.helpbot.core.content.Responses;
import dev.helpbot.core.nlu.Entities;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The conversation rules, as a pure function of (session, turn): no I/O, no clock, no platform.
 *
 * <p>A turn carries every reading of the message. First what it tells is learned: the phone, storage
 * figures, other devices, and facts that rule fixes out. Then the reading that decides the reply is
 * picked by {@link Precedence}, and the stage's handler says what to do with it. Each handler is an
 * exhaustive switch over the reading kinds.
 */
public final class DialoguePolicy {

    private final Moves moves;
    private final ReplyComposer compose;
    private final HandoffLifecycle handoffs;

    /**
     * @param maxMessageLength the longest text the engine reads, quoted back when a message is longer
     */
    public DialoguePolicy(Playbook playbook, Responses responses, int maxMessageLength) {
        this.compose = new ReplyComposer(playbook, responses);
        this.moves = new Moves(playbook, compose, maxMessageLength);
        this.handoffs = new HandoffLifecycle(playbook, responses, compose);
    }

    public Decision decide(Session before, Turn turn) {
        Session session = learn(before, turn);
        Reading deciding = Precedence.deciding(turn, session);
        Decision decision = switch (session.stage()) {
            case IDLE -> onIdle(before, session, deciding, turn);
            case FIX -> session.awaitingPhoneModel() ? onPhoneQuestion(before, session, deciding, turn)
                    : onFix(before, session, deciding, turn);
            case RESOLVED -> onResolved(before, session, deciding, turn);
            case ESCALATED -> onEscalated(session, deciding);
        };
        return new Decision(decision.session(),
                decision.reply().withInterpretation(deciding.intent(), turn.confidenceOf(deciding)));
    }

    /**
     * What a decision does to the conversation's transcript and hand-over: the turn is kept for the team's note (the
     * last {@code transcriptTurns}), an escalation opens a hand-over with id {@code newHandoffId} at {@code now}, and
     * leaving the escalated stage closes it. The engine calls it after {@link #decide}, with the time: no clock here.
     *
     * @param said  how the person spoke; null when it tells the team nothing (the bare command)
     * @param words what they typed, or the id of the choice they pressed
     */
    public Decision afterTurn(Session before, Decision decided, TranscriptTurn.Said said, String words,
                              int transcriptTurns, Instant now, Supplier<String> newHandoffId) {
        return handoffs.afterTurn(before, decided, said, words, transcriptTurns, now, newHandoffId);
    }

    /**
     * The support team's button on the hand-over note (or the kit's reminder). Back to the bot answers as the person's
     * own "back to the bot" does. A reply without a {@link dev.helpbot.core.HandoffEvent} refuses, for the one who
     * pressed only.
     */
    public Decision onStaff(Session session, StaffAction action, Instant now) {
        Decision decision = handoffs.onStaff(session, action, now, () -> onEscalated(session, new Reading.BackToBot()));
        return new Decision(decision.session(), decision.reply().withInterpretation(Intents.staff(action.kind()), 1.0));
    }

    /** What the message tells about the phone and the problem, kept whatever the reply is. */
    private static Session learn(Session before, Turn turn) {
        Session session = before.learning(turn.entities());
        for (Reading reading : turn.readings()) {
            if (reading instanceof Reading.RuledOut ruledOut) {
                session = session.knowing(new Fact(Fact.Kind.RULED_OUT, ruledOut.fix(), ruledOut.words()));
            } else if (reading instanceof Reading.PhoneChoice choice) {
                session = session.learning(Entities.phone(choice.model()));
            } else if (reading instanceof Reading.Symptom symptom && session.guarded(symptom.fix())) {
                // Asked for, a harmful fix is read as its warning; told ("now it says verify apple id"), things changed.
                session = session.unguarding(symptom.fix());
            }
        }
        boolean describesTheProblem = turn.readings().stream().anyMatch(r -> r.kind() == Reading.Kind.SYMPTOM
                || r.kind() == Reading.Kind.GENERIC || r.kind() == Reading.Kind.NOT_UNDERSTOOD
                || r.kind() == Reading.Kind.NEAR_MISS);
        return describesTheProblem ? session.noting(turn.text()) : session;
    }

    private Decision onIdle(Session before, Session session, Reading reading, Turn turn) {
        return switch (reading.kind()) {
            case WORKED -> moves.resolve(session);
            case NOT_WORKED, GENERIC, RULED_OUT -> moves.moveOn(before, session, turn, false, "");
            case SYMPTOM -> moves.onSymptom(before, session, (Reading.Symptom) reading, turn);
            case IN_PROGRESS -> Moves.stay(session, compose.aside(session, compose.text(ResponseKey.PROGRESS_NO_FIX)));
            case QUESTION -> moves.answer(session, (Reading.Question) reading);
            case NAVIGATE -> moves.navigate(before, session, (Reading.Navigate) reading, turn);
            case DETAIL -> moves.detailNoted(before, session);
            case DID_IT, MODEL_UNKNOWN, PHONE_CHOICE, START, BACK_TO_BOT, STATS -> moves.welcome(session, "");
            case SOCIAL, ASK_PERSON, NEAR_MISS, OFF_TOPIC, NOT_UNDERSTOOD, CLARIFY, EMPTY, TOO_LONG, ATTACHMENT ->
                    onAnyStage(session, reading, turn);
            case STALE_CHOICE -> moves.fallback(session, ResponseKey.STALE_CHOICE);
        };
    }

    private Decision onFix(Session before, Session session, Reading reading, Turn turn) {
        return switch (reading.kind()) {
            case WORKED -> ((Reading.Worked) reading).sure() || session.pending() == Pending.CONFIRM_WORKED
                    ? moves.resolve(session) : moves.confirmWorked(session, ResponseKey.CONFIRM_WORKED);
            case NOT_WORKED -> moves.moveOn(before, session, turn, true, compose.text(ResponseKey.ACK_NOT_WORKED));
            // A fact about this fix or another, said while on a fix, means "not this one either": people
            // mention what they have ruled out when the fix on screen is no help.
            case RULED_OUT -> ((Reading.RuledOut) reading).aside()
                    ? Moves.stay(session, compose.aside(session, compose.text(ResponseKey.ACK_NOT_WORKED)))
                    : moves.moveOn(before, session, turn, false, compose.text(ResponseKey.ACK_NOT_WORKED));
            case SYMPTOM -> moves.onSymptom(before, session, (Reading.Symptom) reading, turn);
            // "My backup is broken" says what brought them here, not how this fix went ("still fails" does).
            case GENERIC -> Moves.stay(session, compose.aside(session, compose.text(ResponseKey.SYMPTOM_OF_THIS_FIX)));
            case IN_PROGRESS -> Moves.stay(session, compose.aside(session, compose.text(ResponseKey.PROGRESS)));
            case DID_IT -> moves.confirmWorked(session, ResponseKey.CHECK_BACKUP);
            case QUESTION -> moves.answer(session, (Reading.Question) reading);
            case NAVIGATE -> moves.navigate(before, session, (Reading.Navigate) reading, turn);
            case DETAIL -> moves.detailNoted(before, session);
            case MODEL_UNKNOWN -> moves.dependsOnThePhone(session)
                    ? moves.showEveryVariant(session, "")
                    : Moves.stay(session, compose.aside(session, compose.text(ResponseKey.THANKS_FOR_DETAIL)));
            case PHONE_CHOICE, STALE_CHOICE -> moves.fallback(session, ResponseKey.STALE_CHOICE);
            case BACK_TO_BOT, START, STATS -> moves.show(session, session.currentFix(), "");
            case SOCIAL, ASK_PERSON, NEAR_MISS, OFF_TOPIC, NOT_UNDERSTOOD, CLARIFY, EMPTY, TOO_LONG, ATTACHMENT ->
                    onAnyStage(session, reading, turn);
        };
    }

    /** Readings answered alike whether a fix is on screen, none is, or the backup works again. */
    private Decision onAnyStage(Session session, Reading reading, Turn turn) {
        return switch (reading.kind()) {
            case SOCIAL -> moves.social(session, (Reading.Social) reading);
            case ASK_PERSON -> moves.escalate(session, Handoff.Reason.REQUESTED);
            case NEAR_MISS -> moves.nearMiss(session, (Reading.NearMiss) reading, turn.wordsOf(reading));
            case OFF_TOPIC -> moves.fallback(session, ResponseKey.OUT_OF_SCOPE);
            case NOT_UNDERSTOOD -> moves.notUnderstood(session);
            case CLARIFY -> moves.clarify(session, (Reading.Clarify) reading);
            case EMPTY -> moves.fallback(session, ResponseKey.EMPTY_MESSAGE);
            case TOO_LONG -> moves.tooLong(session);
            case ATTACHMENT -> moves.fallback(session, ResponseKey.ATTACHMENT_ONLY);
            default -> throw new IllegalArgumentException("each stage answers " + reading.kind() + " itself");
        };
    }

    /** The bot asked which iPhone it is. Anything about the fix itself still counts; the question is asked twice at most. */
    private Decision onPhoneQuestion(Session before, Session session, Reading reading, Turn turn) {
        boolean phoneJustLearned = session.phone().isPresent() && !session.phone().equals(before.phone());
        return switch (reading.kind()) {
            case PHONE_CHOICE, DETAIL, OFF_TOPIC, NOT_UNDERSTOOD, EMPTY, ATTACHMENT -> session.phone().isPresent()
                    ? moves.show(session, session.currentFix(), "")
                    : moves.askPhoneAgain(session, ResponseKey.PHONE_MODEL_NOT_UNDERSTOOD);
            case MODEL_UNKNOWN -> moves.showEveryVariant(session, "");
            case SOCIAL, START, BACK_TO_BOT, CLARIFY, STALE_CHOICE, STATS, NEAR_MISS, QUESTION -> phoneJustLearned
                    ? moves.show(session, session.currentFix(), "") : onFix(before, session, reading, turn);
            case WORKED, NOT_WORKED, RULED_OUT, SYMPTOM, GENERIC, IN_PROGRESS, DID_IT, NAVIGATE, ASK_PERSON, TOO_LONG ->
                    onFix(before, session, reading, turn);
        };
    }

    /** After a success the conversation goes on with what is known: fixes already tried stay tried. */
    private Decision onResolved(Session before, Session session, Reading reading, Turn turn) {
        return switch (reading.kind()) {
            case WORKED, DID_IT -> moves.resolve(session);
            case NOT_WORKED, GENERIC, RULED_OUT -> moves.moveOn(before, session, turn, false,
                    compose.text(ResponseKey.FAILED_AGAIN));
            case SYMPTOM -> moves.onSymptom(before, session, (Reading.Symptom) reading, turn);
            case IN_PROGRESS -> Moves.stay(session, compose.aside(session, compose.text(ResponseKey.PROGRESS_NO_FIX)));
            case QUESTION -> moves.answer(session, (Reading.Question) reading);
            case NAVIGATE -> moves.navigate(before, session, (Reading.Navigate) reading, turn);
            case DETAIL -> moves.detailNoted(before, session);
            case MODEL_UNKNOWN, PHONE_CHOICE, BACK_TO_BOT, STATS -> Moves.stay(session,
                    compose.resolved(compose.text(ResponseKey.ALREADY_RESOLVED)));
            case START -> moves.welcome(session, "");
            case SOCIAL, ASK_PERSON, NEAR_MISS, OFF_TOPIC, NOT_UNDERSTOOD, CLARIFY, EMPTY, TOO_LONG, ATTACHMENT ->
                    onAnyStage(session, reading, turn);
            case STALE_CHOICE -> moves.fallback(session, ResponseKey.STALE_CHOICE);
        };
    }

    /** People from the support team are talking with the user now; the bot keeps out of the way. */
    private Decision onEscalated(Session session, Reading reading) {
        return switch (reading.kind()) {
            case BACK_TO_BOT, START -> session.currentFix() > 0
                    ? moves.show(session.inStage(Stage.FIX), session.currentFix(), compose.text(ResponseKey.BACK_TO_BOT))
                    : moves.welcome(session, compose.text(ResponseKey.BACK_TO_BOT));
            case NAVIGATE -> ((Reading.Navigate) reading).move() == Reading.Move.START_OVER
                    ? moves.welcome(session.restarted(), "") : moves.silent(session);
            // The bot refused to read it, so it says so, even while people handle the conversation.
            case TOO_LONG -> moves.tooLong(session);
            case WORKED, NOT_WORKED, IN_PROGRESS, DID_IT, QUESTION, SYMPTOM, GENERIC, RULED_OUT, DETAIL, MODEL_UNKNOWN,
                 PHONE_CHOICE, SOCIAL, ASK_PERSON, NEAR_MISS, OFF_TOPIC, NOT_UNDERSTOOD, CLARIFY, EMPTY, ATTACHMENT,
                 STALE_CHOICE, STATS -> moves.silent(session);
        };
    }
}
