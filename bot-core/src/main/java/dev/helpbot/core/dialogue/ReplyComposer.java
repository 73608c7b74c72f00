package dev.helpbot.core.dialogue;

import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.Reply;
import dev.helpbot.core.content.Fix;
import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.content.ResponseKey;
import dev.helpbot.core.content.Responses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns dialogue decisions into reply text and choices, from the content files. No decisions here. */
final class ReplyComposer {

    private final Playbook playbook;
    private final Responses responses;
    private final ChoiceMaker choices;
    private final FixText fixText;

    ReplyComposer(Playbook playbook, Responses responses) {
        this.playbook = playbook;
        this.responses = responses;
        this.choices = new ChoiceMaker(playbook, responses);
        this.fixText = new FixText(playbook, responses);
    }

    String text(ResponseKey key) {
        return responses.text(key);
    }

    String format(ResponseKey key, Object... namesAndValues) {
        return responses.format(key, namesAndValues);
    }

    ChoiceMaker choices() {
        return choices;
    }

    /** The welcome, with its starting choices. */
    Reply welcome(String prefix) {
        return reply(join(prefix, text(ResponseKey.WELCOME)), choices.welcome(), ConversationStatus.IDLE, null);
    }

    /** Fix {@code session.currentFix()} in full: progress line, why, warning, steps, tips, check, the question. */
    Reply fix(Session session, String prefix) {
        Fix fix = playbook.fix(session.currentFix());
        return reply(join(prefix, fixText.render(fix, session)), choices.forFix(session), ConversationStatus.FIX,
                fix.number());
    }

    /** A fix whose steps depend on the phone, with every variant's steps, for when the model is not known. */
    Reply fixWithEveryVariant(Session session, String prefix) {
        Fix fix = playbook.fix(session.currentFix());
        return reply(join(prefix, fixText.renderEveryVariant(fix)), choices.forFix(session), ConversationStatus.FIX,
                fix.number());
    }

    /** Asks which iPhone it is, for a fix whose steps depend on it. */
    Reply askPhoneModel(Session session, String prefix) {
        Fix fix = playbook.fix(session.currentFix());
        // "iPhone SE" alone fits two restart groups: ask which one, not which iPhone all over again.
        String question = session.phone().map(phone -> format(ResponseKey.ASK_WHICH_MODEL, "model", phone.name()))
                .orElseGet(() -> text(ResponseKey.ASK_PHONE_MODEL));
        return reply(join(prefix, fixHeader(fix) + '\n' + question), choices.phoneModels(fix, session),
                ConversationStatus.FIX, fix.number());
    }

    /** A short reminder of where the conversation is, after a message that did not move it. */
    Reply reminder(Session session, String prefix, ConversationStatus status) {
        return switch (session.stage()) {
            case FIX -> session.awaitingPhoneModel()
                    ? withStatus(askPhoneModel(session, prefix), status)
                    : reply(join(prefix, fixHeader(playbook.fix(session.currentFix())) + '\n'
                    + text(ResponseKey.FIX_QUESTION)), choices.forFix(session), status, session.currentFix());
            case RESOLVED -> reply(prefix, choices.afterResolved(), status, null);
            case ESCALATED -> reply(prefix, choices.whileEscalated(), status, null);
            case IDLE -> reply(join(prefix, text(ResponseKey.WELCOME)), choices.welcome(), status, null);
        };
    }

    /** Said in passing, and the conversation stays where it is, buttons and all. */
    Reply aside(Session session, String said) {
        return reminder(session, said, session.stage().status());
    }

    /** Asks which of the candidates was meant, with a button for each and one for "something else". */
    Reply clarify(Session session, List<Reading> candidates) {
        List<Choice> offered = new ArrayList<>();
        for (Reading candidate : candidates) {
            choices.forCandidate(candidate, session).ifPresent(offered::add);
        }
        offered.add(choices.somethingElse());
        String text = text(ResponseKey.CLARIFY_QUESTION);
        if (session.stage() == Stage.FIX) {
            text = fixHeader(playbook.fix(session.currentFix())) + '\n' + text;
        }
        return reply(text, offered, ConversationStatus.CLARIFY, fixOnScreen(session));
    }

    /** After the same question twice: every move the bot has, and a person. */
    Reply offerEverything(Session session, String prefix, ConversationStatus status) {
        String text = join(prefix, text(ResponseKey.ASKED_TWICE));
        List<Choice> offered = session.stage() == Stage.FIX ? choices.forFix(session) : choices.welcome();
        return reply(text, offered, status, fixOnScreen(session));
    }

    /** The list of every fix, to pick one. */
    Reply fixMenu(Session session, String prompt, ConversationStatus status) {
        return reply(prompt, choices.everyFix(), status, fixOnScreen(session));
    }

    Reply resolved(String text) {
        return reply(text, choices.afterResolved(), ConversationStatus.RESOLVED, null);
    }

    Reply escalated(Session session, Handoff.Reason reason) {
        String text = text(reason == Handoff.Reason.REQUESTED
                ? ResponseKey.ESCALATED_REQUESTED : ResponseKey.ESCALATED_ALL_FAILED);
        Handoff handoff = new Handoff(reason, new HandoffSummary(playbook, responses).render(session, reason));
        return new Reply(text, choices.whileEscalated(), ConversationStatus.ESCALATED, null, null, 1.0, Optional.of(handoff));
    }

    Reply silent(ConversationStatus status) {
        return reply("", List.of(), status, null);
    }

    Reply plain(String text, ConversationStatus status, Integer fix) {
        return reply(text, List.of(), status, fix);
    }

    /** "You've checked the switch, Wi-Fi and charging, so let's look at storage." */
    String sayBack(List<Integer> ruledOut, int next) {
        List<String> names = ruledOut.stream().map(fix -> playbook.fix(fix).shortName()).toList();
        return format(ResponseKey.RULED_OUT_SAY_BACK, "checked", listed(names), "next", playbook.fix(next).shortName());
    }

    /** "a, b and c", with the joining word from the content. */
    String listed(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + text(ResponseKey.LIST_AND) + " "
                + items.get(items.size() - 1);
    }

    /** The steps for the user's phone; empty when they depend on something we don't know and must ask. */
    Optional<List<String>> stepsFor(Fix fix, Session session) {
        return fixText.stepsFor(fix, session);
    }

    private String fixHeader(Fix fix) {
        return fixText.header(fix);
    }

    private static Integer fixOnScreen(Session session) {
        return session.stage() == Stage.FIX ? session.currentFix() : null;
    }

    private static Reply withStatus(Reply reply, ConversationStatus status) {
        return new Reply(reply.text(), reply.choices(), status, reply.fix(), reply.intent(), reply.confidence(),
                reply.handoff());
    }

    private static Reply reply(String text, List<Choice> choices, ConversationStatus status, Integer fix) {
        return new Reply(text, choices, status, fix, null, 1.0, Optional.empty());
    }

    static String join(String prefix, String text) {
        if (prefix == null || prefix.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? prefix : prefix + '\n' + text;
    }
}
