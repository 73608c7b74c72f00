package dev.helpbot.core.dialogue;

import dev.helpbot.core.Choice;
import dev.helpbot.core.content.Fix;
import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.content.ResponseKey;
import dev.helpbot.core.content.Responses;
import dev.helpbot.core.nlu.PhoneModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The buttons of each kind of reply. Ids follow {@link ChoiceIds}: answers to a fix carry its number,
 * so a button pressed on an old message is told apart from a current one.
 */
final class ChoiceMaker {

    private final Playbook playbook;
    private final Responses responses;

    ChoiceMaker(Playbook playbook, Responses responses) {
        this.playbook = playbook;
        this.responses = responses;
    }

    List<Choice> welcome() {
        List<Choice> choices = new ArrayList<>();
        choices.add(choice(ResponseKey.CHOICE_START_FIX_ONE, Intents.BACKUP_FAILS));
        playbook.fixes().stream().filter(f -> f.symptomIntent().equals("storage_full")).findFirst()
                .ifPresent(f -> choices.add(choice(ResponseKey.CHOICE_STORAGE_FULL, f.symptomIntent())));
        choices.add(choice(ResponseKey.CHOICE_HUMAN, Intents.HUMAN));
        return choices;
    }

    List<Choice> forFix(Session session) {
        int fix = session.currentFix();
        if (session.awaitingPhoneModel()) {
            return phoneModels(playbook.fix(fix), session);
        }
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

    /**
     * A button per restart group, leaving out the groups the phone can't be in ("iPhone SE" has a Home
     * button), then "I don't know", skip and a person.
     */
    List<Choice> phoneModels(Fix fix, Session session) {
        List<Choice> choices = new ArrayList<>();
        fix.variants().ifPresent(variants -> variants.choices().stream()
                .filter(option -> fits(option.id(), session))
                .forEach(option -> choices.add(new Choice(ChoiceIds.of(Intents.PHONE_MODEL, option.id()), option.label()))));
        choices.add(choice(ResponseKey.CHOICE_MODEL_UNKNOWN, Intents.MODEL_UNKNOWN));
        choices.add(choice(ResponseKey.CHOICE_SKIP, ChoiceIds.of(Intents.SKIP, fix.number())));
        choices.add(choice(ResponseKey.CHOICE_HUMAN, Intents.HUMAN));
        return choices;
    }

    private static boolean fits(String restartGroup, Session session) {
        Optional<PhoneModel.Family> group = PhoneModel.Family.ofRestartGroup(restartGroup);
        return session.phone().isEmpty() || group.isEmpty() || session.phone().get().family().includes(group.get());
    }

    List<Choice> afterResolved() {
        return List.of(choice(ResponseKey.CHOICE_START_OVER, Intents.START_OVER));
    }

    List<Choice> whileEscalated() {
        return List.of(choice(ResponseKey.CHOICE_BACK_TO_BOT, Intents.BACK_TO_BOT));
    }

    List<Choice> everyFix() {
        List<Choice> choices = new ArrayList<>();
        for (Fix fix : playbook.fixes()) {
            choices.add(new Choice(ChoiceIds.of(Intents.JUMP_TO_FIX, fix.number()),
                    responses.format(ResponseKey.CHOICE_FIX_NUMBER, "number", fix.number(), "title", fix.title())));
        }
        return choices;
    }

    Choice somethingElse() {
        return choice(ResponseKey.CHOICE_SOMETHING_ELSE, Intents.SOMETHING_ELSE);
    }

    /** The button that means {@code candidate}, when a button can mean it. */
    Optional<Choice> forCandidate(Reading candidate, Session session) {
        int fix = session.currentFix();
        return switch (candidate.kind()) {
            case SYMPTOM -> {
                Fix target = playbook.fix(((Reading.Symptom) candidate).fix());
                yield Optional.of(new Choice(target.symptomIntent(), target.title()));
            }
            case RULED_OUT -> {
                Fix target = playbook.fix(((Reading.RuledOut) candidate).fix());
                yield Optional.of(new Choice(ChoiceIds.of(Intents.JUMP_TO_FIX, target.number()), target.title()));
            }
            case WORKED -> fix > 0 ? Optional.of(choice(ResponseKey.CHOICE_WORKED, ChoiceIds.of(Intents.WORKED, fix)))
                    : Optional.empty();
            case NOT_WORKED -> fix > 0
                    ? Optional.of(choice(ResponseKey.CHOICE_NOT_WORKED, ChoiceIds.of(Intents.NOT_WORKED, fix)))
                    : Optional.of(choice(ResponseKey.CHOICE_START_FIX_ONE, Intents.BACKUP_FAILS));
            case GENERIC -> Optional.of(choice(ResponseKey.CHOICE_START_FIX_ONE, Intents.BACKUP_FAILS));
            case ASK_PERSON -> Optional.of(choice(ResponseKey.CHOICE_HUMAN, Intents.HUMAN));
            case NAVIGATE -> {
                Reading.Navigate navigate = (Reading.Navigate) candidate;
                yield switch (navigate.move()) {
                    case SKIP -> fix > 0 ? Optional.of(choice(ResponseKey.CHOICE_SKIP, ChoiceIds.of(Intents.SKIP, fix)))
                            : Optional.empty();
                    case JUMP -> navigate.fix().isPresent() && playbook.hasFix(navigate.fix().getAsInt())
                            ? Optional.of(new Choice(ChoiceIds.of(Intents.JUMP_TO_FIX, navigate.fix().getAsInt()),
                            playbook.fix(navigate.fix().getAsInt()).title()))
                            : Optional.empty();
                    case BACK, REPEAT, START_OVER -> Optional.empty();
                };
            }
            case IN_PROGRESS, DID_IT, QUESTION, DETAIL, MODEL_UNKNOWN, PHONE_CHOICE, SOCIAL, BACK_TO_BOT, NEAR_MISS,
                 OFF_TOPIC, NOT_UNDERSTOOD, CLARIFY, START, EMPTY, TOO_LONG, ATTACHMENT, STALE_CHOICE, STATS ->
                    Optional.empty();
        };
    }

    /**
     * The label of the button whose id is {@code choiceId}, as the bot offered it, for the team's transcript; the id
     * itself for one the bot never offered.
     */
    String labelOf(String choiceId) {
        ChoiceIds.Parsed parsed = ChoiceIds.parse(choiceId);
        Optional<ResponseKey> fixed = switch (parsed.intent()) {
            case Intents.WORKED -> Optional.of(ResponseKey.CHOICE_WORKED);
            case Intents.NOT_WORKED -> Optional.of(ResponseKey.CHOICE_NOT_WORKED);
            case Intents.SKIP -> Optional.of(ResponseKey.CHOICE_SKIP);
            case Intents.BACK -> Optional.of(ResponseKey.CHOICE_BACK);
            case Intents.HUMAN -> Optional.of(ResponseKey.CHOICE_HUMAN);
            case Intents.BACK_TO_BOT -> Optional.of(ResponseKey.CHOICE_BACK_TO_BOT);
            case Intents.START_OVER -> Optional.of(ResponseKey.CHOICE_START_OVER);
            case Intents.BACKUP_FAILS -> Optional.of(ResponseKey.CHOICE_START_FIX_ONE);
            case Intents.SOMETHING_ELSE -> Optional.of(ResponseKey.CHOICE_SOMETHING_ELSE);
            case Intents.MODEL_UNKNOWN -> Optional.of(ResponseKey.CHOICE_MODEL_UNKNOWN);
            default -> Optional.empty();
        };
        if (fixed.isPresent()) {
            return responses.text(fixed.get());
        }
        if (parsed.intent().equals(Intents.JUMP_TO_FIX) && parsed.number().isPresent()
                && playbook.hasFix(parsed.number().getAsInt())) {
            Fix fix = playbook.fix(parsed.number().getAsInt());
            return responses.format(ResponseKey.CHOICE_FIX_NUMBER, "number", fix.number(), "title", fix.title());
        }
        if (parsed.intent().equals(Intents.PHONE_MODEL) && parsed.argument().isPresent()) {
            return playbook.fixes().stream().flatMap(fix -> fix.variants().stream())
                    .flatMap(variants -> variants.choices().stream())
                    .filter(option -> option.id().equals(parsed.argument().get())).map(option -> option.label())
                    .findFirst().orElse(choiceId);
        }
        return playbook.fixForSymptom(parsed.intent()).map(Fix::title).orElse(choiceId);
    }

    /** True when a clarifying question can offer {@code candidate} as a button. */
    boolean canOffer(Reading candidate, Session session) {
        return forCandidate(candidate, session).isPresent();
    }

    private Choice choice(ResponseKey label, String id) {
        return new Choice(id, responses.text(label));
    }
}
