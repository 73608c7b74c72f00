package dev.helpbot.core;

import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.dialogue.ChoiceIds;
import dev.helpbot.core.dialogue.Intents;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.dialogue.Stage;
import dev.helpbot.core.dialogue.Turn;
import dev.helpbot.core.nlu.Entities;
import dev.helpbot.core.nlu.EntityExtractor;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.nlu.Interpretation;
import dev.helpbot.core.nlu.PhoneModel;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads an {@link IncomingMessage} as a {@link Turn}: text is cleaned, checked, classified and mined for
 * entities; buttons and commands map to readings directly. A button that does not fit the conversation's
 * current step is read as stale rather than acted on.
 */
final class TurnReader {

    /** Buttons that answer the fix on screen carry its number. */
    private static final Set<String> FIX_ANSWERS = Set.of(Intents.WORKED, Intents.NOT_WORKED, Intents.SKIP, Intents.BACK);
    private static final Set<String> FREE_CHOICES = Set.of(Intents.REPEAT, Intents.START_OVER, Intents.HUMAN,
            Intents.BACK_TO_BOT, Intents.BACKUP_FAILS, Intents.HELP);

    /**
     * Right after "Did this fix it?", answers are far likelier than anything else; short replies such as
     * "nah" carry too few features for the classifier alone. Chosen on the transcripts and the held-out
     * split: high enough to read "nah" as an answer, low enough that off-topic text still falls back.
     */
    private static final double ANSWER_PRIOR = 3.0;
    private static final Set<String> ANSWERS = Set.of(Intents.WORKED, Intents.NOT_WORKED, Intents.SKIP,
            Intents.BACK, Intents.REPEAT, Intents.HUMAN);

    private final IntentClassifier classifier;
    private final EntityExtractor entities = new EntityExtractor();
    private final Playbook playbook;
    private final EngineSettings settings;

    TurnReader(IntentClassifier classifier, Playbook playbook, EngineSettings settings) {
        this.classifier = classifier;
        this.playbook = playbook;
        this.settings = settings;
    }

    /**
     * A message about to be read. Its text is cleaned and classified at most once, however often a save
     * conflict makes the engine read it again against a newer session: classification is the costly part,
     * and it does not depend on the session.
     */
    final class Pending {
        private final IncomingMessage message;
        /** The text to read: what was typed, or a command's free-text argument. */
        private final String rawText;
        private String cleanText;
        private Interpretation interpretation;

        private Pending(IncomingMessage message, String rawText) {
            this.message = message;
            this.rawText = rawText;
        }

        private String cleanText() {
            if (cleanText == null) {
                cleanText = TextSanitizer.clean(rawText);
            }
            return cleanText;
        }

        private Interpretation interpretation() {
            if (interpretation == null) {
                interpretation = classifier.classify(cleanText());
            }
            return interpretation;
        }
    }

    Pending pending(IncomingMessage message) {
        String text = message.text() != null ? message.text()
                : message.command() != null ? message.command().arguments() : null;
        return new Pending(message, text);
    }

    Turn read(Pending pending, Session session) {
        IncomingMessage message = pending.message;
        if (message.text() != null) {
            return readText(pending, session);
        }
        if (message.choiceId() != null) {
            return readChoice(message.choiceId(), session);
        }
        return readCommand(pending, session);
    }

    private Turn readText(Pending pending, Session session) {
        if (pending.rawText.length() > settings.maxMessageLength()) {
            return Turn.of(Intents.TOO_LONG);
        }
        String text = pending.cleanText();
        if (text.isEmpty()) {
            return Turn.of(Intents.EMPTY);
        }
        Entities found = entities.extract(text, session.awaitingPhoneModel());
        Interpretation interpretation = pending.interpretation();
        if (session.stage() == Stage.FIX && !session.awaitingPhoneModel()) {
            interpretation = interpretation.withPrior(ANSWERS, ANSWER_PRIOR);
        }
        String intent = interpretation.topIntent();
        if (intent == null || interpretation.confidence() < settings.confidenceThreshold()) {
            intent = Intents.NOT_UNDERSTOOD;
        }
        return new Turn(intent, interpretation.confidence(), found, text);
    }

    private Turn readChoice(String id, Session session) {
        ChoiceIds.Parsed choice = ChoiceIds.parse(id);
        String intent = choice.intent();
        if (FIX_ANSWERS.contains(intent)) {
            boolean current = session.stage() == Stage.FIX && choice.number().equals(OptionalInt.of(session.currentFix()));
            return Turn.of(current ? intent : Intents.STALE_CHOICE);
        }
        if (intent.equals(Intents.JUMP_TO_FIX) && choice.number().isPresent()) {
            return Turn.of(intent, new Entities(Optional.empty(), OptionalInt.empty(), choice.number()));
        }
        if (intent.equals(Intents.PHONE_MODEL) && choice.argument().isPresent() && session.awaitingPhoneModel()) {
            Optional<PhoneModel.Family> family = familyOf(choice.argument().get());
            if (family.isPresent()) {
                return Turn.of(intent, new Entities(Optional.of(PhoneModel.ofFamily(family.get())),
                        OptionalInt.empty(), OptionalInt.empty()));
            }
        }
        if (choice.argument().isEmpty() && (FREE_CHOICES.contains(intent) || playbook.fixForSymptom(intent).isPresent())) {
            return Turn.of(intent);
        }
        return Turn.of(Intents.STALE_CHOICE);
    }

    private Turn readCommand(Pending pending, Session session) {
        IncomingMessage.Command command = pending.message.command();
        String[] words = command.arguments().toLowerCase(Locale.ROOT).split("\\s+");
        String first = words[0];
        if (first.isEmpty()) {
            return Turn.of(Intents.START);
        }
        if (first.equals("restart") || first.equals("reset")) {
            return Turn.of(Intents.START_OVER);
        }
        if (first.equals("fix") || first.matches("\\d{1,2}")) {
            OptionalInt number = entities.extract("fix " + command.arguments().replaceFirst("(?i)^fix\\s*", "")).fixNumber();
            return Turn.of(Intents.JUMP_TO_FIX, new Entities(Optional.empty(), OptionalInt.empty(), number));
        }
        if (first.equals("stats")) {
            return Turn.of(Intents.STATS);
        }
        if (first.equals("human") || first.equals("help")) {
            return Turn.of(first.equals("human") ? Intents.HUMAN : Intents.HELP);
        }
        // Anything else after the command is the user describing the problem: read it as text.
        return readText(pending, session);
    }

    private static Optional<PhoneModel.Family> familyOf(String variantId) {
        for (PhoneModel.Family family : PhoneModel.Family.values()) {
            if (family.variantId().equals(variantId)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }
}
