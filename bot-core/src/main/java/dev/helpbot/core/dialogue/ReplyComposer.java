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

    ReplyComposer(Playbook playbook, Responses responses) {
        this.playbook = playbook;
        this.responses = responses;
    }

    String text(ResponseKey key) {
        return responses.text(key);
    }

    /** The welcome, with its starting choices. */
    Reply welcome(String prefix) {
        return reply(join(prefix, text(ResponseKey.WELCOME)), welcomeChoices(), ConversationStatus.IDLE, null);
    }

    /** Fix {@code session.currentFix()} in full: progress line, why, steps, tips, the question. */
    Reply fix(Session session, String prefix) {
        Fix fix = playbook.fix(session.currentFix());
        StringBuilder text = new StringBuilder();
        text.append(fixHeader(fix)).append('\n').append(fix.why());
        List<String> steps = stepsFor(fix, session).orElse(fix.steps());
        for (int i = 0; i < steps.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(steps.get(i));
        }
        for (String note : fix.notes()) {
            text.append('\n').append(text(ResponseKey.TIP_PREFIX)).append(' ').append(note);
        }
        text.append('\n').append(text(ResponseKey.FIX_QUESTION));
        return reply(join(prefix, text.toString()), fixChoices(session), ConversationStatus.FIX, fix.number());
    }

    /** Asks which iPhone it is, for a fix whose steps depend on it. */
    Reply askPhoneModel(Session session, String prefix) {
        Fix fix = playbook.fix(session.currentFix());
        List<Choice> choices = new ArrayList<>();
        fix.variants().ifPresent(variants -> variants.options().forEach(option ->
                choices.add(new Choice(ChoiceIds.of(Intents.PHONE_MODEL, option.id()), option.label()))));
        choices.add(choice(ResponseKey.CHOICE_SKIP, ChoiceIds.of(Intents.SKIP, fix.number())));
        choices.add(choice(ResponseKey.CHOICE_HUMAN, Intents.HUMAN));
        String text = fixHeader(fix) + '\n' + text(ResponseKey.ASK_PHONE_MODEL);
        return reply(join(prefix, text), choices, ConversationStatus.FIX, fix.number());
    }

    /** A short reminder of where the conversation is, after a message that did not move it. */
    Reply reminder(Session session, String prefix, ConversationStatus status) {
        return switch (session.stage()) {
            case FIX -> session.awaitingPhoneModel()
                    ? withStatus(askPhoneModel(session, prefix), status)
                    : reply(join(prefix, fixHeader(playbook.fix(session.currentFix())) + '\n'
                    + text(ResponseKey.FIX_QUESTION)), fixChoices(session), status, session.currentFix());
            case RESOLVED -> reply(prefix, List.of(choice(ResponseKey.CHOICE_START_OVER, Intents.START_OVER)),
                    status, null);
            case ESCALATED -> reply(prefix, List.of(choice(ResponseKey.CHOICE_BACK_TO_BOT, Intents.BACK_TO_BOT)),
                    status, null);
            case IDLE -> reply(join(prefix, text(ResponseKey.WELCOME)), welcomeChoices(), status, null);
        };
    }

    /** The list of every fix, to pick one. */
    Reply fixMenu(Session session, String prompt, ConversationStatus status) {
        List<Choice> choices = new ArrayList<>();
        for (Fix fix : playbook.fixes()) {
            choices.add(new Choice(ChoiceIds.of(Intents.JUMP_TO_FIX, fix.number()),
                    responses.format(ResponseKey.CHOICE_FIX_NUMBER, "number", fix.number(), "title", fix.title())));
        }
        return reply(prompt, choices, status, session.stage() == Stage.FIX ? session.currentFix() : null);
    }

    Reply resolved(String text) {
        return reply(text, List.of(choice(ResponseKey.CHOICE_START_OVER, Intents.START_OVER)),
                ConversationStatus.RESOLVED, null);
    }

    Reply escalated(Session session, Handoff.Reason reason) {
        String text = text(reason == Handoff.Reason.REQUESTED
                ? ResponseKey.ESCALATED_REQUESTED : ResponseKey.ESCALATED_ALL_FAILED);
        Handoff handoff = new Handoff(reason, new HandoffSummary(playbook, responses).render(session, reason));
        return new Reply(text, List.of(choice(ResponseKey.CHOICE_BACK_TO_BOT, Intents.BACK_TO_BOT)),
                ConversationStatus.ESCALATED, null, null, 1.0, Optional.of(handoff));
    }

    Reply silent(ConversationStatus status) {
        return reply("", List.of(), status, null);
    }

    Reply plain(String text, ConversationStatus status, Integer fix) {
        return reply(text, List.of(), status, fix);
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
        return responses.format(ResponseKey.FIX_HEADER, "number", fix.number(), "total", playbook.size(),
                "title", fix.title());
    }

    private List<Choice> welcomeChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(choice(ResponseKey.CHOICE_START_FIX_ONE, Intents.BACKUP_FAILS));
        playbook.fixes().stream().filter(f -> f.symptomIntent().equals("storage_full")).findFirst()
                .ifPresent(f -> choices.add(choice(ResponseKey.CHOICE_STORAGE_FULL, f.symptomIntent())));
        choices.add(choice(ResponseKey.CHOICE_HUMAN, Intents.HUMAN));
        return choices;
    }

    private List<Choice> fixChoices(Session session) {
        int fix = session.currentFix();
        List<Choice> choices = new ArrayList<>();
        choices.add(choice(ResponseKey.CHOICE_WORKED, ChoiceIds.of(Intents.WORKED, fix)));
        choices.add(choice(ResponseKey.CHOICE_NOT_WORKED, ChoiceIds.of(Intents.NOT_WORKED, fix)));
        choices.add(choice(ResponseKey.CHOICE_SKIP, ChoiceIds.of(Intents.SKIP, fix)));
        if (session.previousFix().isPresent()) {
            choices.add(choice(ResponseKey.CHOICE_BACK, ChoiceIds.of(Intents.BACK, fix)));
        }
        choices.add(choice(ResponseKey.CHOICE_HUMAN, Intents.HUMAN));
        return choices;
    }

    private Choice choice(ResponseKey label, String id) {
        return new Choice(id, text(label));
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
