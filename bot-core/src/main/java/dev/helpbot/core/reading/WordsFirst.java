package dev.helpbot.core.reading;

import dev.helpbot.core.content.Fix;
import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.dialogue.Intents;
import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Reading.Move;
import dev.helpbot.core.nlu.Entities;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a clause's words decide whatever intent the classifier gave it: a fix asked for by name, a request to
 * begin, something else that shares a fix's words, another service or product. {@link ReadingMap} asks here
 * before it maps the intent.
 */
final class WordsFirst {

    private WordsFirst() {
    }

    /** "ok whats the first thing i should try" with no fix on screen, unless it was read as a symptom. */
    static Optional<Reading> askingToBegin(String intent, String words, Entities entities, int fixOnScreen, Playbook playbook) {
        boolean begins = fixOnScreen == 0 && entities.fixNumber().isEmpty() && playbook.fixForSymptom(intent).isEmpty()
                && Phrasings.ASKS_WHERE_TO_START.matcher(words).find();
        return begins ? Optional.of(new Reading.Generic()) : Optional.empty();
    }

    static Optional<Reading> decided(String intent, String words, int fixOnScreen, Optional<Fix> symptom,
                                     Optional<Fix> ruledOut, FixNames fixNames) {
        OptionalInt askedFor = fixNames.askedFor(words, fixOnScreen);
        if (askedFor.isPresent() && !intent.equals(Intents.WORKED) && !intent.equals(Intents.NOT_WORKED)) {
            return Optional.of(new Reading.Navigate(Move.JUMP, askedFor));
        }
        String lowerWords = words.toLowerCase(Locale.ROOT);
        // "I already did reset network settings" is about something else that shares the fix's words.
        if (symptom.or(() -> ruledOut).filter(fix -> fix.saysSomethingElse(lowerWords)).isPresent()) {
            // With no fix on screen, "how do i reset network settings" asks about something the bot does not cover.
            return Optional.of(fixOnScreen == 0 && TextReading.ASKED.matcher(words).find() ? new Reading.OffTopic()
                    : new Reading.Detail());
        }
        if (symptom.isPresent() && (fixOnScreen == 0 && Phrasings.otherServiceDown(words)
                || Phrasings.anotherProductsUpdate(words))) {
            // "is mee6 down or is it just me" asks about another service; "the next minecraft update" is another product's.
            return Optional.of(new Reading.OffTopic());
        }
        return Optional.empty();
    }
}
