package dev.helpbot.core.reading;

import dev.helpbot.core.EngineSettings;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.TextSanitizer;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.dialogue.ChoiceIds;
import dev.helpbot.core.dialogue.Intents;
import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Reading.Move;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.dialogue.Stage;
import dev.helpbot.core.dialogue.Turn;
import dev.helpbot.core.nlu.Entities;
import dev.helpbot.core.nlu.EntityExtractor;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.nlu.Interpretation;
import dev.helpbot.core.nlu.PhoneModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads an {@link IncomingMessage} as a {@link Turn}. Text is cleaned, checked, split into clauses and
 * read clause by clause ({@link TextReading}); buttons and commands map to readings directly. A button
 * that does not fit the conversation's current step is read as stale rather than acted on.
 */
public final class TurnReader {

    private static final Set<String> FIX_ANSWERS = Set.of(Intents.WORKED, Intents.NOT_WORKED, Intents.SKIP, Intents.BACK);

    private final EntityExtractor entities = new EntityExtractor();
    private final Content content;
    private final EngineSettings settings;
    private final ReadingMap map;
    private final TextReading text;

    public TurnReader(IntentClassifier classifier, Content content, EngineSettings settings) {
        this.content = content;
        this.settings = settings;
        this.map = new ReadingMap(content, classifier.encoder());
        this.text = new TextReading(classifier, map, entities, settings);
    }

    /**
     * A message about to be read. Its text is cleaned and classified at most once, however often a save
     * conflict makes the engine read it again against a newer session: classification is the costly part,
     * and it does not depend on the session.
     */
    public final class Pending {
        private final IncomingMessage message;
        /** The text to read: what was typed, or a command's free-text argument. */
        private final String rawText;
        private TextReading.Classified classified;

        private Pending(IncomingMessage message, String rawText) {
            this.message = message;
            this.rawText = rawText;
        }

        /**
         * What the classifier made of the text as the reader classifies it (emoji spelled, a bare "it" spelled out):
         * the whole text first, then each clause when there are several. For {@code nlu explain}.
         */
        public List<Map.Entry<String, Interpretation>> classifications() {
            List<Map.Entry<String, Interpretation>> out = new ArrayList<>();
            out.add(Map.entry(classified().text(), classified().whole()));
            for (TextReading.ClauseReading clause : classified().clauses()) {
                out.add(Map.entry(clause.readAs(), clause.interpretation()));
            }
            return out;
        }

        private TextReading.Classified classified() {
            if (classified == null) {
                classified = text.classify(Typos.corrected(TextSanitizer.clean(rawText)));
            }
            return classified;
        }
    }

    public Pending pending(IncomingMessage message) {
        String raw = message.text() != null ? message.text()
                : message.command() != null ? message.command().arguments() : null;
        return new Pending(message, raw);
    }

    public Turn read(Pending pending, Session session) {
        IncomingMessage message = pending.message;
        if (message.attachmentOnly()) {
            return Turn.of(new Reading.Attachment());
        }
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
            return Turn.of(new Reading.TooLong());
        }
        TextReading.Classified classified = pending.classified();
        if (classified.text().isEmpty()) {
            return Turn.of(new Reading.Empty());
        }
        if (Adverts.isOne(pending.rawText)) {
            return Turn.of(new Reading.OffTopic());
        }
        if (Farewells.only(classified.text())) {
            return Turn.read(classified.text(), new Reading.Social(Reading.SocialKind.BYE), 1.0);
        }
        if (session.stage() == Stage.FIX && !session.awaitingPhoneModel() && Farewells.onlyAcknowledges(classified.text())) {
            // "k" after a fix is shown: they are on it; the check comes next, as for "ok".
            return Turn.read(classified.text(), new Reading.DidIt(), 1.0);
        }
        Optional<Reading> named = map.nearMissNamedIn(classified.text(), session.stage() == Stage.FIX);
        if (named.isPresent()) {
            return new Turn(List.of(new Turn.Clause(classified.text(), named.get(), 1.0)),
                    entities.extract(classified.text(), session.awaitingPhoneModel()), classified.text());
        }
        return Guards.inContext(text.read(classified, session), session, content.nearMisses());
    }

    private Turn readChoice(String id, Session session) {
        ChoiceIds.Parsed choice = ChoiceIds.parse(id);
        String intent = choice.intent();
        if (FIX_ANSWERS.contains(intent)) {
            boolean current = session.stage() == Stage.FIX && choice.number().equals(OptionalInt.of(session.currentFix()));
            if (!current) {
                return Turn.of(new Reading.StaleChoice());
            }
            return Turn.of(switch (intent) {
                case Intents.WORKED -> new Reading.Worked(true);
                case Intents.NOT_WORKED -> new Reading.NotWorked();
                case Intents.SKIP -> Reading.Navigate.to(Move.SKIP);
                default -> Reading.Navigate.to(Move.BACK);
            });
        }
        if (intent.equals(Intents.JUMP_TO_FIX) && choice.number().isPresent()) {
            return Turn.of(new Reading.Navigate(Move.JUMP, choice.number()), Entities.fix(choice.number().getAsInt()));
        }
        if (intent.equals(Intents.PHONE_MODEL) && choice.argument().isPresent() && session.awaitingPhoneModel()) {
            Optional<PhoneModel.Family> family = familyOf(choice.argument().get());
            if (family.isPresent()) {
                return Turn.of(new Reading.PhoneChoice(PhoneModel.ofFamily(family.get())));
            }
        }
        if (choice.argument().isPresent()) {
            return Turn.of(new Reading.StaleChoice());
        }
        Optional<Reading> plain = switch (intent) {
            case Intents.REPEAT -> Optional.of(Reading.Navigate.to(Move.REPEAT));
            case Intents.START_OVER -> Optional.of(Reading.Navigate.to(Move.START_OVER));
            case Intents.HUMAN -> Optional.of(new Reading.AskPerson());
            case Intents.BACK_TO_BOT -> Optional.of(new Reading.BackToBot());
            case Intents.BACKUP_FAILS -> Optional.of(new Reading.Generic());
            case Intents.HELP -> Optional.of(new Reading.Social(Reading.SocialKind.HELP));
            case Intents.SOMETHING_ELSE -> Optional.of(new Reading.Navigate(Move.JUMP, OptionalInt.empty()));
            case Intents.MODEL_UNKNOWN -> session.awaitingPhoneModel() ? Optional.of(new Reading.ModelUnknown())
                    : Optional.empty();
            default -> content.playbook().fixForSymptom(intent)
                    .map(fix -> (Reading) new Reading.Symptom(fix.number(), intent));
        };
        return Turn.of(plain.orElseGet(Reading.StaleChoice::new));
    }

    private Turn readCommand(Pending pending, Session session) {
        IncomingMessage.Command command = pending.message.command();
        String[] words = command.arguments().toLowerCase(Locale.ROOT).split("\\s+");
        String first = words[0];
        if (first.isEmpty()) {
            return Turn.of(new Reading.Start());
        }
        if (first.equals("restart") || first.equals("reset")) {
            return Turn.of(Reading.Navigate.to(Move.START_OVER));
        }
        if (first.equals("fix") || first.matches("\\d{1,2}")) {
            OptionalInt number = entities.extract("fix " + command.arguments().replaceFirst("(?i)^fix\\s*", "")).fixNumber();
            return Turn.of(new Reading.Navigate(Move.JUMP, number));
        }
        if (first.equals("stats")) {
            return Turn.of(new Reading.Stats());
        }
        if (first.equals("human") || first.equals("help")) {
            return Turn.of(first.equals("human") ? new Reading.AskPerson() : new Reading.Social(Reading.SocialKind.HELP));
        }
        // Anything else after the command is the user describing the problem: read it as text.
        return readText(pending, session);
    }

    /** The restart group a "which iPhone?" button names; empty for a button of an older message's options. */
    private static Optional<PhoneModel.Family> familyOf(String variantId) {
        return PhoneModel.Family.ofRestartGroup(variantId);
    }
}
