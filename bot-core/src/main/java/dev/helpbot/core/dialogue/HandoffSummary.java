package dev.helpbot.core.dialogue;

import dev.helpbot.core.Handoff;
import dev.helpbot.core.Markup;
import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.content.ResponseKey;
import dev.helpbot.core.content.Responses;
import java.util.List;

/**
 * The note a person from the support team reads when the bot hands over: why, what the user said,
 * their iPhone, the facts they gave (in their words), and every fix with the answer given. A fix is
 * "didn't help" only when the user answered that fix. User text is quoted so it cannot ping anyone.
 */
final class HandoffSummary {

    private final Playbook playbook;
    private final Responses responses;

    HandoffSummary(Playbook playbook, Responses responses) {
        this.playbook = playbook;
        this.responses = responses;
    }

    String render(Session session, Handoff.Reason reason) {
        StringBuilder out = new StringBuilder();
        String why = responses.text(reason == Handoff.Reason.REQUESTED
                ? ResponseKey.HANDOFF_REASON_REQUESTED : ResponseKey.HANDOFF_REASON_ALL_FAILED);
        out.append(responses.format(ResponseKey.HANDOFF_TITLE, "reason", why));
        if (!session.notes().isEmpty()) {
            out.append('\n').append(responses.text(ResponseKey.HANDOFF_USER_SAID));
            for (String note : session.notes()) {
                out.append("\n“").append(Markup.quote(note)).append('”');
            }
        }
        out.append('\n').append(responses.text(ResponseKey.HANDOFF_PHONE)).append(' ').append(phone(session));
        List<Fact> told = session.facts().stream().filter(f -> f.kind() != Fact.Kind.IOS_VERSION).toList();
        if (!told.isEmpty()) {
            out.append('\n').append(responses.text(ResponseKey.HANDOFF_FACTS));
            for (Fact fact : told) {
                out.append("\n- ").append(describe(fact));
            }
        }
        out.append('\n').append(responses.text(ResponseKey.HANDOFF_FIXES_TRIED));
        if (session.attempts().isEmpty()) {
            out.append(' ').append(responses.text(ResponseKey.HANDOFF_NO_FIXES));
        }
        for (FixAttempt attempt : session.attempts()) {
            ResponseKey outcome = attempt.outcome() == FixAttempt.Outcome.SHOWN && session.ruledOut(attempt.fix())
                    ? ResponseKey.OUTCOME_RULED_OUT : outcomeKey(attempt.outcome());
            out.append('\n').append(attempt.fix()).append(". ").append(playbook.fix(attempt.fix()).title())
                    .append(": ").append(responses.text(outcome));
        }
        return out.toString();
    }

    private String describe(Fact fact) {
        String words = "“" + Markup.quote(fact.words()) + "”";
        return switch (fact.kind()) {
            case RULED_OUT, GUARDED -> responses.format(ResponseKey.HANDOFF_FACT_RULED_OUT, "words", words,
                    "fix", fact.fix(), "title", playbook.fix(fact.fix()).title());
            case DEVICE -> responses.format(ResponseKey.HANDOFF_FACT_DEVICE, "words", words);
            case STORAGE -> responses.format(ResponseKey.HANDOFF_FACT_STORAGE, "words", words);
            case IOS_VERSION -> "iOS " + fact.words();
        };
    }

    private String phone(Session session) {
        String model = session.phone().map(p -> p.name()).orElse(responses.text(ResponseKey.HANDOFF_PHONE_UNKNOWN));
        return session.iosVersion().map(version -> model + ", iOS " + version).orElse(model);
    }

    private static ResponseKey outcomeKey(FixAttempt.Outcome outcome) {
        return switch (outcome) {
            case WORKED -> ResponseKey.OUTCOME_WORKED;
            case FAILED -> ResponseKey.OUTCOME_FAILED;
            case SKIPPED -> ResponseKey.OUTCOME_SKIPPED;
            case SHOWN -> ResponseKey.OUTCOME_SHOWN;
        };
    }
}
