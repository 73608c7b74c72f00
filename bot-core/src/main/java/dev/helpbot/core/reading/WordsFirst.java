package dev.helpbot.core.reading;

import dev.helpbot.core.content.FaqEntry;
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

    /** Below this, an off-topic reading of a question the FAQ answers for the fix on screen gives way. */
    static final double SURE_OFF_TOPIC_ON_A_FIX = 0.75;

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

    /**
     * "how do i see whats using my icloud" on the storage fix, read as off-topic with little confidence, asks
     * what the FAQ answers for that fix: it is a question about the fix, not a change of subject.
     */
    static Reading offTopicUnlessAskedAboutTheFix(String words, String message, int fixOnScreen, double confidence,
                                                   FaqMatcher faq, FixNames fixNames) {
        boolean aboutTheFix = Phrasings.ABOUT_THE_BOTS_WORDS.matcher(words).find() && confidence < TextReading.CLEAR_OFF_TOPIC
                || Phrasings.SHORT_POINTING_QUESTION.matcher(words).find();
        if (fixOnScreen > 0 && aboutTheFix) {
            // "what do you mean by [name], my name??" and "how long should i hold them" ask about the fix just shown.
            return new Reading.Question(faq.match(words, message, fixOnScreen)
                    .filter(entry -> entry.fix().equals(OptionalInt.of(fixOnScreen))), OptionalInt.of(fixOnScreen));
        }
        if (fixOnScreen == 0 || confidence >= SURE_OFF_TOPIC_ON_A_FIX || !TextReading.ASKED.matcher(words).find()) {
            return new Reading.OffTopic();
        }
        Optional<FaqEntry> answer = faq.match(words, message, fixOnScreen)
                .filter(entry -> entry.fix().equals(OptionalInt.of(fixOnScreen)));
        // "can i use my ipad charger for it" on the charging fix names the fix: a question about it, answered or not.
        boolean namesTheFix = fixNames.find(words).equals(OptionalInt.of(fixOnScreen));
        return answer.isPresent() || namesTheFix ? new Reading.Question(answer, OptionalInt.of(fixOnScreen))
                : new Reading.OffTopic();
    }

}
