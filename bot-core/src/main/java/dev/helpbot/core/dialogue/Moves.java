package dev.helpbot.core.dialogue;

import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.Reply;
import dev.helpbot.core.content.FaqEntry;
import dev.helpbot.core.content.FixVariants;
import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.content.ResponseKey;
import dev.helpbot.core.dialogue.FixAttempt.Outcome;
import dev.helpbot.core.dialogue.Reading.Move;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The moves the stage handlers share: showing fixes, moving on, answering, asking, handing over. */
final class Moves {

    /** A question is asked at most twice in a row; the third time the bot offers every move it has. */
    static final int MAX_ASKED_IN_A_ROW = 2;
    /**
     * Beside "didn't help", a symptom redirects the walk only when it was read clearly: "deleted a bunch of
     * old stuff, still fails" names no new cause.
     */
    static final double CLEAR_SYMPTOM = 0.8;

    private final Playbook playbook;
    private final ReplyComposer compose;
    private final int maxMessageLength;

    Moves(Playbook playbook, ReplyComposer compose, int maxMessageLength) {
        this.playbook = playbook;
        this.compose = compose;
        this.maxMessageLength = maxMessageLength;
    }

    /** Shows a fix, or asks which iPhone it is when its steps depend on that and it is not known. */
    Decision show(Session session, int fix, String prefix) {
        Session showing = session.showing(fix);
        if (compose.stepsFor(playbook.fix(fix), showing).isEmpty()) {
            Session asking = showing.awaitingPhoneModel(fix);
            return new Decision(asking, compose.askPhoneModel(asking, prefix));
        }
        return new Decision(showing, compose.fix(showing, prefix));
    }

    /** Shows the fix on screen with the steps of every phone, when the model stays unknown. */
    Decision showEveryVariant(Session session, String prefix) {
        Session showing = session.showing(session.currentFix());
        return new Decision(showing, compose.fixWithEveryVariant(showing, prefix));
    }

    /**
     * Goes on to the next fix: the symptom's fix when the turn names one that is still open, otherwise
     * the lowest-numbered fix not yet tried nor ruled out. Facts learned in this turn are said back.
     *
     * @param currentFailed the user said the fix on screen didn't help
     */
    Decision moveOn(Session before, Session session, Turn turn, boolean currentFailed, String acknowledgement) {
        Session base = currentFailed && session.stage() == Stage.FIX ? session.answering(Outcome.FAILED) : session;
        OptionalInt next = turn.all(Reading.Symptom.class).stream()
                .filter(symptom -> turn.confidenceOf(symptom) >= CLEAR_SYMPTOM)
                .mapToInt(Reading.Symptom::fix).filter(fix -> fix != base.currentFix() && !base.wasTried(fix)).findFirst();
        if (next.isEmpty()) {
            next = base.nextUntried(playbook.size());
        }
        if (next.isEmpty()) {
            return escalate(base, Handoff.Reason.ALL_FIXES_FAILED);
        }
        List<Integer> learned = newlyRuledOut(before, base);
        String prefix = learned.isEmpty() ? acknowledgement : compose.sayBack(learned, next.getAsInt());
        return show(base, next.getAsInt(), prefix);
    }

    /** Fixes ruled out by this turn, in playbook order. */
    static List<Integer> newlyRuledOut(Session before, Session after) {
        List<Integer> fixes = new ArrayList<>();
        for (Fact fact : after.facts()) {
            if (fact.kind() == Fact.Kind.RULED_OUT && !before.ruledOut(fact.fix()) && !fixes.contains(fact.fix())) {
                fixes.add(fact.fix());
            }
        }
        fixes.sort(Integer::compare);
        return fixes;
    }

    Decision onSymptom(Session before, Session session, Reading.Symptom symptom, Turn turn) {
        if (session.stage() == Stage.FIX && symptom.fix() == session.currentFix()) {
            // "It says not enough storage" on the storage fix confirms the fix is the right one; only an
            // answer ("still failing") says it didn't help.
            return stay(session, compose.aside(session, compose.text(ResponseKey.SYMPTOM_OF_THIS_FIX)));
        }
        if (!session.wasTried(symptom.fix())) {
            List<Integer> learned = newlyRuledOut(before, session);
            String prefix = learned.isEmpty() ? "" : compose.sayBack(learned, symptom.fix());
            return show(session, symptom.fix(), prefix);
        }
        return moveOn(before, session, turn, false, compose.text(ResponseKey.ACK_ALREADY_TRIED));
    }

    Decision navigate(Session before, Session session, Reading.Navigate navigate, Turn turn) {
        return switch (navigate.move()) {
            case SKIP -> session.stage() == Stage.FIX
                    ? moveOn(before, session.answering(Outcome.SKIPPED), turn, false, compose.text(ResponseKey.ACK_SKIPPED))
                    : moveOn(before, session, turn, false, "");
            case BACK -> back(session);
            case REPEAT -> repeat(session);
            case START_OVER -> welcome(session.restarted(), "");
            // "Skip skip, take me to the update one": the fix on screen was skipped on the way.
            case JUMP -> jump(session.stage() == Stage.FIX && turn.all(Reading.Navigate.class).stream()
                    .anyMatch(n -> n.move() == Move.SKIP) ? session.answering(Outcome.SKIPPED) : session, navigate.fix());
        };
    }

    private Decision back(Session session) {
        OptionalInt previous = session.previousFix();
        if (session.stage() != Stage.FIX || previous.isEmpty()) {
            ConversationStatus status = session.stage() == Stage.FIX ? ConversationStatus.FIX : ConversationStatus.FALLBACK;
            return stay(session, compose.reminder(session, compose.text(ResponseKey.NO_EARLIER_FIX), status));
        }
        return show(session.goingBack(), previous.getAsInt(), "");
    }

    Decision repeat(Session session) {
        return switch (session.stage()) {
            case FIX -> show(session, session.currentFix(), "");
            case RESOLVED -> stay(session, compose.resolved(compose.text(ResponseKey.ALREADY_RESOLVED)));
            case IDLE, ESCALATED -> welcome(session, "");
        };
    }

    private Decision jump(Session session, OptionalInt requested) {
        if (requested.isEmpty()) {
            return stay(session, compose.fixMenu(session, compose.text(ResponseKey.ASK_FIX_NUMBER),
                    session.stage() == Stage.FIX ? ConversationStatus.FIX : session.stage().status()));
        }
        if (!playbook.hasFix(requested.getAsInt())) {
            return stay(session, compose.fixMenu(session,
                    compose.format(ResponseKey.NO_SUCH_FIX, "total", playbook.size()), ConversationStatus.FALLBACK));
        }
        return show(session, requested.getAsInt(), "");
    }

    Decision resolve(Session session) {
        if (session.stage() == Stage.RESOLVED) {
            return stay(session, compose.resolved(compose.text(ResponseKey.ALREADY_RESOLVED)));
        }
        Session resolved = (session.stage() == Stage.FIX ? session.answering(Outcome.WORKED) : session)
                .inStage(Stage.RESOLVED);
        return new Decision(resolved, compose.resolved(compose.text(ResponseKey.RESOLVED)));
    }

    /** "Did it really back up?": asked when the words leave room for doubt, at most twice in a row. */
    Decision confirmWorked(Session session, ResponseKey question) {
        if (session.pending() == Pending.CONFIRM_WORKED && session.askedInARow() >= MAX_ASKED_IN_A_ROW) {
            return stay(session.answered(), compose.offerEverything(session, "", ConversationStatus.FIX));
        }
        Session asking = session.asking(Pending.CONFIRM_WORKED);
        return new Decision(asking, compose.reminder(asking, compose.text(question), ConversationStatus.FIX));
    }

    Decision askPhoneAgain(Session session, ResponseKey problem) {
        if (session.askedInARow() >= MAX_ASKED_IN_A_ROW) {
            return showEveryVariant(session, compose.text(ResponseKey.MODEL_STILL_UNKNOWN));
        }
        Session asking = session.awaitingPhoneModel(session.currentFix());
        return new Decision(asking, compose.reminder(asking, compose.text(problem), ConversationStatus.FALLBACK));
    }

    /**
     * On a fix, a question is answered and the fix stays. With no fix on screen, a question about a fix's
     * area also opens that fix ("does it have to be charging?" leads to the charging fix), and a question
     * the bot can neither answer nor place is not about backups at all.
     */
    Decision answer(Session session, Reading.Question question) {
        boolean opens = question.answer().map(FaqEntry::opensFix).orElse(true);
        if (session.stage() != Stage.FIX && opens && question.aboutFix().isPresent()
                && playbook.hasFix(question.aboutFix().getAsInt())) {
            String prefix = question.answer().map(entry -> entry.answer()).orElse("");
            return show(session, question.aboutFix().getAsInt(), prefix);
        }
        if (session.stage() != Stage.FIX && question.answer().isEmpty() && question.aboutFix().isEmpty()) {
            return fallback(session, ResponseKey.OUT_OF_SCOPE);
        }
        String said = question.answer().map(entry -> entry.answer()).orElse(compose.text(ResponseKey.NO_FAQ_ANSWER));
        return stay(session, compose.aside(session, said));
    }

    Decision clarify(Session session, Reading.Clarify clarify) {
        if (session.pending() == Pending.CLARIFY && session.askedInARow() >= MAX_ASKED_IN_A_ROW) {
            return stay(session.answered(), compose.offerEverything(session, "", ConversationStatus.FALLBACK));
        }
        Session asking = session.asking(Pending.CLARIFY);
        return new Decision(asking, compose.clarify(asking, clarify.candidates()));
    }

    Decision notUnderstood(Session session) {
        if (session.pending() == Pending.NOT_UNDERSTOOD && session.askedInARow() >= MAX_ASKED_IN_A_ROW) {
            return stay(session.answered(), compose.offerEverything(session, compose.text(ResponseKey.NOT_UNDERSTOOD),
                    ConversationStatus.FALLBACK));
        }
        Session asking = session.asking(Pending.NOT_UNDERSTOOD);
        return new Decision(asking, compose.reminder(asking, compose.text(ResponseKey.NOT_UNDERSTOOD),
                ConversationStatus.FALLBACK));
    }

    Decision social(Session session, Reading.Social social) {
        return switch (social.what()) {
            case GREETING -> session.stage() == Stage.IDLE ? welcome(session, "")
                    : stay(session, compose.aside(session, compose.text(ResponseKey.GREETING)));
            case THANKS -> stay(session, compose.aside(session, compose.text(ResponseKey.THANKS)));
            case BYE -> stay(session, compose.plain(compose.text(ResponseKey.BYE), session.stage().status(),
                    session.stage() == Stage.FIX ? session.currentFix() : null));
            case HELP -> stay(session, compose.aside(session, compose.format(ResponseKey.HELP, "total", playbook.size())));
            case BOT_QUESTION -> stay(session, compose.aside(session,
                    compose.format(ResponseKey.BOT_QUESTION, "total", playbook.size())));
            case PERSON_QUESTION -> stay(session, compose.aside(session, compose.text(ResponseKey.PERSON_QUESTION)));
            case FRUSTRATION -> stay(session, compose.aside(session, compose.text(ResponseKey.FRUSTRATION)));
        };
    }

    /** "Thanks, noted: iPhone 11." A detail never moves the conversation, but the right steps may now show. */
    Decision detailNoted(Session before, Session session) {
        List<String> details = new ArrayList<>();
        if (session.phoneModel() != null && !session.phoneModel().equals(before.phoneModel())) {
            details.add(session.phoneModel().name());
        }
        if (session.iosVersion().isPresent() && !session.iosVersion().equals(before.iosVersion())) {
            details.add("iOS " + session.iosVersion().get());
        }
        String noted = details.isEmpty() ? compose.text(ResponseKey.THANKS_FOR_DETAIL)
                : compose.format(ResponseKey.DETAIL_NOTED, "detail", compose.listed(details));
        if (session.stage() == Stage.FIX && stepsChangedFor(before, session)) {
            return show(session, session.currentFix(), noted);
        }
        return stay(session, compose.aside(session, noted));
    }

    /** True when what was just learned changes the steps of the fix on screen. */
    private boolean stepsChangedFor(Session before, Session after) {
        var fix = playbook.fix(after.currentFix());
        return fix.variants().isPresent() && !compose.stepsFor(fix, before).equals(compose.stepsFor(fix, after));
    }

    /** True when the fix on screen has steps that differ by iPhone model. */
    boolean dependsOnThePhone(Session session) {
        return session.stage() == Stage.FIX && playbook.fix(session.currentFix()).variants()
                .filter(v -> v.by() == FixVariants.VariantKey.PHONE_MODEL).isPresent();
    }

    /**
     * An honest redirect. A near miss that takes the place of the fix on screen either explains within
     * it (a greyed-out switch on the switch fix) or leaves it (a phone stuck on the Apple logo on the
     * restart fix), as its content says.
     */
    /** @param words what the person said of it, kept for the fix it stands in for ("i forgot my password") */
    Decision nearMiss(Session session, Reading.NearMiss nearMiss, String words) {
        boolean aboutTheFixOnScreen = session.stage() == Stage.FIX
                && nearMiss.insteadOfFix().equals(OptionalInt.of(session.currentFix()));
        if (nearMiss.insteadOfFix().isPresent()) {
            // Asked for later ("cant i just sign out?"), the fix that would do harm gets this answer again.
            session = session.knowing(new Fact(Fact.Kind.GUARDED, nearMiss.insteadOfFix().getAsInt(), words));
        }
        if (aboutTheFixOnScreen && nearMiss.leavesTheFix()) {
            return new Decision(session.inStage(Stage.IDLE), compose.plain(nearMiss.answer(), ConversationStatus.FALLBACK, null));
        }
        ConversationStatus status = aboutTheFixOnScreen ? ConversationStatus.FIX : ConversationStatus.FALLBACK;
        return stay(session, compose.reminder(session, nearMiss.answer(), status));
    }

    Decision fallback(Session session, ResponseKey message) {
        return stay(session, compose.reminder(session, compose.text(message), ConversationStatus.FALLBACK));
    }

    Decision tooLong(Session session) {
        return stay(session, compose.reminder(session, compose.format(ResponseKey.TOO_LONG, "limit", maxMessageLength),
                ConversationStatus.FALLBACK));
    }

    Decision escalate(Session session, Handoff.Reason reason) {
        Session escalated = session.inStage(Stage.ESCALATED);
        return new Decision(escalated, compose.escalated(escalated, reason));
    }

    Decision welcome(Session session, String prefix) {
        return new Decision(session.inStage(Stage.IDLE), compose.welcome(prefix));
    }

    Decision silent(Session session) {
        return stay(session, compose.silent(ConversationStatus.ESCALATED));
    }

    /**
     * The conversation stays where it is. A "didn't understand" or a clarifying question is over once
     * something is understood; other questions stay open (a question in the middle of the model question
     * still leaves the model to ask).
     */
    static Decision stay(Session session, Reply reply) {
        boolean overNow = session.pending() == Pending.NOT_UNDERSTOOD || session.pending() == Pending.CLARIFY;
        return new Decision(overNow ? session.answered() : session, reply);
    }
}
