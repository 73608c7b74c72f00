package dev.helpbot.core.analytics;

import dev.helpbot.core.ConversationObserver;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.HandoffEvent;
import dev.helpbot.core.dialogue.FixAttempt;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.dialogue.Stage;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns each handled message into the counters the support team asked for: per fix, how often it was
 * shown, resolved the problem, failed, was skipped, or was on screen when the user was handed over;
 * plus messages, fallbacks, resolutions, escalations and how many fixes a resolution took; and for the support team,
 * how long hand-overs waited to be claimed, how many the team solved and how many went back to the bot.
 */
public final class AnalyticsRecorder implements ConversationObserver {

    private final AnalyticsSink sink;

    public AnalyticsRecorder(AnalyticsSink sink) {
        this.sink = sink;
    }

    @Override
    public void onHandled(Handled handled) {
        Session before = handled.before();
        Session after = handled.after();
        handled.reply().handoffEvent().ifPresent(this::countHandoff);
        if (handled.turn() == null) {
            // The team's button on a note: no message from the person, and no fix moved.
            return;
        }
        sink.increment(Counters.MESSAGES, 1);
        if (handled.reply().status() == ConversationStatus.FALLBACK) {
            sink.increment(Counters.FALLBACKS, 1);
        }
        for (FixAttempt attempt : after.attempts()) {
            Optional<FixAttempt> earlier = before.attempt(attempt.fix());
            if (earlier.isEmpty() || isRestart(before, after)) {
                sink.increment(Counters.fix(attempt.fix(), Counters.SHOWN), 1);
            }
            if (attempt.outcome() != FixAttempt.Outcome.SHOWN
                    && earlier.map(e -> e.outcome() != attempt.outcome()).orElse(true)) {
                sink.increment(Counters.fix(attempt.fix(), Counters.outcome(attempt.outcome())), 1);
            }
        }
        if (after.stage() == Stage.RESOLVED && before.stage() != Stage.RESOLVED) {
            sink.increment(Counters.RESOLVED, 1);
            sink.increment(Counters.resolvedAfter(after.attempts().size()), 1);
        }
        if (after.stage() == Stage.ESCALATED && before.stage() != Stage.ESCALATED) {
            sink.increment(Counters.ESCALATED, 1);
            if (before.currentFix() > 0) {
                sink.increment(Counters.fix(before.currentFix(), Counters.ESCALATED), 1);
            }
        }
    }

    private void countHandoff(HandoffEvent event) {
        switch (event.kind()) {
            case CLAIMED -> {
                sink.increment(Counters.HANDOFFS_CLAIMED, 1);
                long waited = Duration.between(event.handoff().openedAt(), event.at()).toMinutes();
                sink.increment(Counters.claimedAfterMinutes((int) Math.min(waited, Integer.MAX_VALUE)), 1);
            }
            case SOLVED -> sink.increment(Counters.HANDOFFS_SOLVED, 1);
            case RETURNED -> sink.increment(Counters.HANDOFFS_RETURNED, 1);
            case CREATED, REMINDED -> {
                // Escalations are counted from the stages below; a reminder changes nothing.
            }
        }
    }

    /** A "start over" clears attempts, so a fix seen again afterwards is a new showing. */
    private static boolean isRestart(Session before, Session after) {
        return before.attempts().size() > after.attempts().size();
    }
}
