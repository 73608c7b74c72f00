package dev.helpbot.core.dialogue;

import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.Reply;
import dev.helpbot.core.content.Fix;
import dev.helpbot.core.content.FixVariants;
import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.content.ResponseKey;
import dev.helpbot.core.content.Responses;
import dev.helpbot.core.nlu.PhoneModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns dialogue decisions into reply text and choices, from the content files. No decisions here. */
final class ReplyComposer {

    private final Playbook playbook;
    private final Responses responses;
    private final ChoiceMaker choices;

    ReplyComposer(Playbook playbook, Responses responses) {
        this.playbook = playbook;
        this.responses = responses;
        this.choices = new ChoiceMaker(playbook, responses);
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

    /** Fix {@code session.currentFix()} in full: progress line, why, steps, tips, the question. */
    Reply fix(Session session, String prefix) {
        Fix fix = playbook.fix(session.currentFix());
        StringBuilder text = new StringBuilder();
        text.append(fixHeader(fix)).append('\n').append(fix.why());
        boolean byModel = fix.variants().filter(v -> v.by() == FixVariants.VariantKey.PHONE_MODEL).isPresent();
        if (byModel && session.phone().isPresent()) {
            // Say which phone the steps are for, so a wrong model is caught before the wrong buttons are pressed.
            text.append('\n').append(format(ResponseKey.STEPS_FOR_PHONE, "model", session.phone().get().name()));
        }
        appendSteps(text, stepsFor(fix, session).orElse(fix.steps()));
        appendNotesAndQuestion(text, fix);
        return reply(join(prefix, text.toString()), choices.forFix(session), ConversationStatus.FIX, fix.number());
    }

    /** A fix whose steps depend on the phone, with every variant's steps, for when the model is not known. */
    Reply fixWithEveryVariant(Session session, String prefix) {
        Fix fix = playbook.fix(session.currentFix());
        StringBuilder text = new StringBuilder();
        text.append(fixHeader(fix)).append('\n').append(fix.why());
        fix.variants().ifPresent(variants -> {
            text.append('\n').append(text(ResponseKey.EVERY_VARIANT));
            for (FixVariants.VariantOption option : variants.options()) {
                text.append("\n**").append(option.label()).append("**");
                appendSteps(text, option.steps());
            }
        });
        appendNotesAndQuestion(text, fix);
        return reply(join(prefix, text.toString()), choices.forFix(session), ConversationStatus.FIX, fix.number());
    }

    private static void appendSteps(StringBuilder text, List<String> steps) {
        for (int i = 0; i < steps.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(steps.get(i));
        }
    }

    private void appendNotesAndQuestion(StringBuilder text, Fix fix) {
        for (String note : fix.notes()) {
            text.append('\n').append(text(ResponseKey.TIP_PREFIX)).append(' ').append(note);
        }
        text.append('\n').append(text(ResponseKey.FIX_QUESTION));
    }

    /** Asks which iPhone it is, for a fix whose steps depend on it. */
    Reply askPhoneModel(Session session, String prefix) {
        Fix fix = playbook.fix(session.currentFix());
        String text = fixHeader(fix) + '\n' + text(ResponseKey.ASK_PHONE_MODEL);
        return reply(join(prefix, text), choices.phoneModels(fix), ConversationStatus.FIX, fix.number());
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
        if (fix.variants().isEmpty()) {
            return Optional.of(fix.steps());
        }
        FixVariants variants = fix.variants().get();
        Optional<String> optionId = switch (variants.by()) {
            case PHONE_MODEL -> session.phone().map(PhoneModel::family).map(PhoneModel.Family::variantId);
            case IOS_VERSION -> session.ios().isPresent()
                    ? Optional.of(session.ios().getAsInt() >= 15 ? "ios15_or_later" : "ios14_or_earlier")
                    : Optional.empty();
        };
        return optionId.or(variants::defaultOption).flatMap(variants::option).map(FixVariants.VariantOption::steps);
    }

    private String fixHeader(Fix fix) {
        return format(ResponseKey.FIX_HEADER, "number", fix.number(), "total", playbook.size(), "title", fix.title());
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
