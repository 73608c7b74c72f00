package dev.helpbot.core.dialogue;

import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.Reply;
import dev.helpbot.core.content.Fix;
import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.content.ResponseKey;
import dev.helpbot.core.content.Responses;
import dev.helpbot.core.dialogue.FixAttempt.Outcome;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The conversation rules, as a pure function of (session, turn): no I/O, no clock, no platform.
 * A symptom jumps to its fix; afterwards the lowest-numbered untried fix comes next; when none is
 * left the conversation is handed to people. Answers are read against the fix on screen.
 */
public final class DialoguePolicy {

    /** Readings that describe the problem: worth keeping for the person who may take over. */
    private static final Set<String> DESCRIPTIVE = Set.of(Intents.BACKUP_FAILS, Intents.NOT_UNDERSTOOD);
    /** Readings that still mean something while the bot waits for the phone model. */
    private static final Set<String> NAVIGATION = Set.of(Intents.SKIP, Intents.BACK, Intents.START_OVER,
            Intents.JUMP_TO_FIX, Intents.HUMAN, Intents.HELP, Intents.START, Intents.BYE, Intents.OUT_OF_SCOPE,
            Intents.EMPTY, Intents.TOO_LONG, Intents.STALE_CHOICE, Intents.PHONE_MODEL);

    /**
     * A "yes" the classifier is unsure of ("yeah it's on") may mean the step was done but the backup still
     * fails; closing the conversation on it would be worse than one more question.
     */
    private static final double CONFIRM_WORKED_BELOW = 0.75;

    private final Playbook playbook;
    private final Responses responses;
    private final ReplyComposer compose;
    private final int maxMessageLength;

    /**
     * @param maxMessageLength the longest text the engine reads, quoted back when a message is longer
     */
    public DialoguePolicy(Playbook playbook, Responses responses, int maxMessageLength) {
        this.playbook = playbook;
        this.responses = responses;
        this.compose = new ReplyComposer(playbook, responses);
        this.maxMessageLength = maxMessageLength;
    }

    public Decision decide(Session before, Turn turn) {
        Session session = before.learning(turn.entities());
        if (DESCRIPTIVE.contains(turn.intent()) || playbook.fixForSymptom(turn.intent()).isPresent()) {
            session = session.noting(turn.text());
        }
        if (turn.intent().equals(Intents.TOO_LONG)) {
            // Even while people handle the conversation: the bot refused to read it, so it says so.
            return stay(session, compose.reminder(session,
                    responses.format(ResponseKey.TOO_LONG, "limit", maxMessageLength), ConversationStatus.FALLBACK));
        }
        if (session.stage() == Stage.ESCALATED) {
            return whileEscalated(session, turn);
        }
        if (session.awaitingPhoneModel() && !NAVIGATION.contains(turn.intent())) {
            return session.phone().isPresent()
                    ? show(session, session.currentFix(), "")
                    : fallback(session, ResponseKey.PHONE_MODEL_NOT_UNDERSTOOD);
        }
        Optional<Fix> symptomFix = playbook.fixForSymptom(turn.intent());
        if (symptomFix.isPresent()) {
            return onSymptom(session, symptomFix.get().number());
        }
        return switch (turn.intent()) {
            case Intents.START -> session.stage() == Stage.FIX ? show(session, session.currentFix(), "")
                    : welcome(session.restarted(), "");
            case Intents.GREETING -> session.stage() == Stage.FIX
                    ? stay(session, compose.reminder(session, text(ResponseKey.GREETING), ConversationStatus.FIX))
                    : welcome(fresh(session), "");
            case Intents.HELP -> stay(session, compose.reminder(session, text(ResponseKey.HELP), status(session)));
            case Intents.THANKS -> stay(session, compose.reminder(session, text(ResponseKey.THANKS), status(session)));
            case Intents.BYE -> stay(session, compose.plain(text(ResponseKey.BYE), status(session), fixOnScreen(session)));
            case Intents.BACKUP_FAILS -> session.stage() == Stage.FIX
                    ? notWorked(session, text(ResponseKey.ACK_NOT_WORKED))
                    : advance(fresh(session), "");
            case Intents.WORKED -> session.stage() == Stage.FIX && turn.confidence() < CONFIRM_WORKED_BELOW
                    ? stay(session, compose.reminder(session, text(ResponseKey.CONFIRM_WORKED), ConversationStatus.FIX))
                    : worked(session);
            case Intents.NOT_WORKED -> session.stage() == Stage.FIX
                    ? notWorked(session, text(ResponseKey.ACK_NOT_WORKED))
                    : advance(fresh(session), "");
            case Intents.SKIP -> session.stage() == Stage.FIX
                    ? advance(session.answering(Outcome.SKIPPED), text(ResponseKey.ACK_SKIPPED))
                    : advance(fresh(session), "");
            case Intents.BACK -> back(session);
            case Intents.REPEAT, Intents.BACK_TO_BOT -> repeat(session);
            case Intents.START_OVER -> welcome(session.restarted(), "");
            case Intents.JUMP_TO_FIX -> jump(session, turn.entities().fixNumber());
            case Intents.HUMAN -> escalate(session, Handoff.Reason.REQUESTED);
            case Intents.PHONE_MODEL -> session.stage() == Stage.FIX ? show(session, session.currentFix(), "")
                    : repeat(session);
            case Intents.OUT_OF_SCOPE -> fallback(session, ResponseKey.OUT_OF_SCOPE);
            case Intents.EMPTY -> fallback(session, ResponseKey.EMPTY_MESSAGE);
            case Intents.STALE_CHOICE -> fallback(session, ResponseKey.STALE_CHOICE);
            default -> fallback(session, ResponseKey.NOT_UNDERSTOOD);
        };
    }

    private Decision whileEscalated(Session session, Turn turn) {
        return switch (turn.intent()) {
            case Intents.BACK_TO_BOT -> {
                Session back = session.inStage(session.currentFix() > 0 ? Stage.FIX : Stage.IDLE);
                yield back.stage() == Stage.FIX ? show(back, back.currentFix(), text(ResponseKey.BACK_TO_BOT))
                        : welcome(back, text(ResponseKey.BACK_TO_BOT));
            }
            case Intents.START_OVER, Intents.START -> welcome(session.restarted(), "");
            // People from the support team are talking with the user now; the bot keeps out of the way.
            default -> stay(session, compose.silent(ConversationStatus.ESCALATED));
        };
    }

    private Decision onSymptom(Session session, int fix) {
        if (session.stage() == Stage.FIX && fix == session.currentFix()) {
            // "My Wi-Fi works fine" on the Wi-Fi fix answers that fix; it is not a new symptom.
            return notWorked(session, text(ResponseKey.ACK_NOT_WORKED_SAME_SYMPTOM));
        }
        Session base = session.stage() == Stage.FIX ? session : fresh(session);
        if (!base.wasTried(fix)) {
            return show(base, fix, "");
        }
        return base.stage() == Stage.FIX ? notWorked(base, text(ResponseKey.ACK_NOT_WORKED)) : advance(base, "");
    }

    private Decision worked(Session session) {
        return switch (session.stage()) {
            case FIX -> new Decision(session.answering(Outcome.WORKED).inStage(Stage.RESOLVED),
                    compose.resolved(text(ResponseKey.RESOLVED)));
            case RESOLVED -> stay(session, compose.resolved(text(ResponseKey.ALREADY_RESOLVED)));
            default -> new Decision(session.inStage(Stage.RESOLVED), compose.resolved(text(ResponseKey.RESOLVED)));
        };
    }

    private Decision notWorked(Session session, String acknowledgement) {
        return advance(session.answering(Outcome.FAILED), acknowledgement);
    }

    /** Shows the lowest-numbered fix not yet tried, or hands over when every fix has been tried. */
    private Decision advance(Session session, String prefix) {
        OptionalInt next = session.nextUntried(playbook.size());
        if (next.isEmpty()) {
            return escalate(session, Handoff.Reason.ALL_FIXES_FAILED);
        }
        return show(session, next.getAsInt(), prefix);
    }

    private Decision show(Session session, int fix, String prefix) {
        Session showing = session.showing(fix);
        if (compose.stepsFor(playbook.fix(fix), showing).isEmpty()) {
            Session asking = showing.awaitingPhoneModel(fix);
            return new Decision(asking, compose.askPhoneModel(asking, prefix));
        }
        return new Decision(showing, compose.fix(showing, prefix));
    }

    private Decision back(Session session) {
        if (session.stage() != Stage.FIX) {
            return stay(session, compose.reminder(session, text(ResponseKey.NO_EARLIER_FIX), ConversationStatus.FALLBACK));
        }
        OptionalInt previous = session.previousFix();
        if (previous.isEmpty()) {
            return stay(session, compose.reminder(session, text(ResponseKey.NO_EARLIER_FIX), ConversationStatus.FIX));
        }
        return show(session, previous.getAsInt(), "");
    }

    private Decision repeat(Session session) {
        return switch (session.stage()) {
            case FIX -> show(session, session.currentFix(), "");
            case RESOLVED -> stay(session, compose.resolved(text(ResponseKey.ALREADY_RESOLVED)));
            default -> welcome(session, "");
        };
    }

    private Decision jump(Session session, OptionalInt requested) {
        if (requested.isEmpty()) {
            return stay(session, compose.fixMenu(session, text(ResponseKey.ASK_FIX_NUMBER), status(session)));
        }
        if (!playbook.hasFix(requested.getAsInt())) {
            return stay(session, compose.fixMenu(session,
                    responses.format(ResponseKey.NO_SUCH_FIX, "total", playbook.size()), ConversationStatus.FALLBACK));
        }
        Session base = session.stage() == Stage.FIX ? session : fresh(session);
        return show(base, requested.getAsInt(), "");
    }

    private Decision escalate(Session session, Handoff.Reason reason) {
        Session escalated = session.inStage(Stage.ESCALATED);
        return new Decision(escalated, compose.escalated(escalated, reason));
    }

    private Decision welcome(Session session, String prefix) {
        return new Decision(session.inStage(Stage.IDLE), compose.welcome(prefix));
    }

    private Decision fallback(Session session, ResponseKey message) {
        return stay(session, compose.reminder(session, text(message), ConversationStatus.FALLBACK));
    }

    private static Decision stay(Session session, Reply reply) {
        return new Decision(session, reply);
    }

    /** After a resolved conversation, a new problem starts a new walk through the fixes. */
    private static Session fresh(Session session) {
        return session.stage() == Stage.RESOLVED ? session.restarted() : session;
    }

    private static ConversationStatus status(Session session) {
        return session.stage().status();
    }

    private static Integer fixOnScreen(Session session) {
        return session.stage() == Stage.FIX ? session.currentFix() : null;
    }

    private String text(ResponseKey key) {
        return compose.text(key);
    }
}
