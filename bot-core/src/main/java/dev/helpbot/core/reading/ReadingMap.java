package dev.helpbot.core.reading;

import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.FaqEntry;
import dev.helpbot.core.content.Fix;
import dev.helpbot.core.content.NearMiss;
import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.dialogue.Intents;
import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Reading.Move;
import dev.helpbot.core.dialogue.Reading.SocialKind;
import dev.helpbot.core.nlu.Entities;
import dev.helpbot.core.nlu.Interpretation;
import dev.helpbot.core.nlu.SentenceEncoder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a classified intent means as a reading. Symptoms, ruling-out facts and near misses come from the
 * content, so a new fix or redirect needs no code here.
 */
final class ReadingMap {

    /** A fact must beat the symptom of its own fix by this much to count. */
    static final double CONTESTED_FACT_MARGIN = 0.1;
    /** A cause whose name is not in the words must beat "my backup fails" by this much to be the reading. */
    static final double UNNAMED_CAUSE_MARGIN = 0.15;
    /** Beside "my backup fails", a cause the words don't name needs this much of the probability to count. */
    static final double UNNAMED_CAUSE = 0.35;

    /** A "worked" below this gets a question rather than closing: success comes in many words, so a bit over even odds. */
    static final double SURE_IT_WORKED = 0.55;
    /** A symptom read less surely than this from words that name another fix's cause is that fix's symptom. */
    static final double CLEAR_UNNAMED_SYMPTOM = 0.7;
    private static final Pattern FIX_NUMBER_WORD = Pattern.compile("(?i)\\b(?:fix|number|option)\\s*#?\\s*\\d");
    private static final Pattern UPDATE_WORDS = Pattern.compile(
            "(?i)\\b(updat\\w*|upgrad\\w*|old|outdated|behind|latest|newest|bug\\w*)\\b");
    /** "My backup fails" names no cause; a cause with this much beside it is likely named ("IT SAYS NOT ENOUGH STORAGE"). */
    static final double CAUSE_OVER_GENERIC = 0.2;
    /** With the fix's words in the message, this much of the probability for its symptom names the cause. */
    static final double NAMED_CAUSE = 0.1;
    /**
     * A question is about a fix's area when that fix's symptom still gets this much of the probability
     * beside the question intent: "does it back up while plugged into my laptop?" is about charging.
     * Absolute, not renormalised: what is left beside a sure reading is noise.
     */
    static final double QUESTION_ABOUT_FIX = 0.1;
    /** A question read by less than this over a near miss is the near miss. */
    static final double NEAR_MISS_MARGIN = 0.1;

    private final Content content;
    private final FaqMatcher faq;
    private final FixNames fixNames;

    ReadingMap(Content content, Optional<SentenceEncoder> encoder) {
        this.content = content;
        this.faq = new FaqMatcher(content.faq(), encoder);
        this.fixNames = new FixNames(content.playbook());
    }

    /**
     * @param words       the clause the intent was read from, kept for facts in the user's words
     * @param entities    what the clause names: a fix number for a jump
     * @param fixOnScreen the fix on screen, 0 for none, to find the FAQ entry a question is about
     */
    Reading of(String intent, double confidence, String words, Entities entities, int fixOnScreen) {
        return of(intent, confidence, words, entities, fixOnScreen, Interpretation.NONE, words);
    }

    /**
     * @param interpretation the whole ranking, to find the cause behind a generic failure or a question
     * @param message        the whole message the clause is part of, for a question whose topic is in
     *                       the clause before it ("i charge on a wireless pad, does it still run?")
     */
    Reading of(String intent, double confidence, String words, Entities entities, int fixOnScreen,
               Interpretation interpretation, String message) {
        Optional<Reading> toBegin = WordsFirst.askingToBegin(intent, words, entities, fixOnScreen, content.playbook());
        if (toBegin.isPresent()) {
            return toBegin.get();
        }
        if (intent.equals(Intents.BACKUP_FAILS)) {
            Optional<Reading> cause = likelySymptom(interpretation, CAUSE_OVER_GENERIC)
                    .filter(likely -> namesItsFix(likely, words) || probabilityOf(likely, interpretation) >= UNNAMED_CAUSE)
                    .or(() -> namedCause(words, interpretation));
            if (cause.isPresent()) {
                return cause.get();
            }
        }
        Optional<Fix> symptom = content.playbook().fixForSymptom(intent);
        Optional<Fix> ruledOut = content.playbook().fixRuledOutBy(intent);
        Optional<Reading> byWords = WordsFirst.decided(intent, words, fixOnScreen, symptom, ruledOut, fixNames);
        if (byWords.isPresent()) {
            return byWords.get();
        }
        if (symptom.isPresent()) {
            if (namesARecentIos(symptom.get(), entities, words) || phoneStorageDuringTheUpdate(symptom.get(), words,
                    fixOnScreen)) {
                return new Reading.Detail();
            }
            OptionalInt namedFix = fixNames.find(words);
            boolean named = namedFix.equals(OptionalInt.of(symptom.get().number()));
            if (!named && namedFix.isPresent() && confidence < CLEAR_UNNAMED_SYMPTOM) {
                // "is there a known bug with icloud backup", read vaguely as an outage, names the update fix's cause.
                Fix other = content.playbook().fix(namedFix.getAsInt());
                return new Reading.Symptom(other.number(), other.symptomIntent(), true);
            }
            if (!named && barelyOverAFailingBackup(interpretation, confidence)) {
                // "backup not going through for days" read a shade more as a glitchy phone: no cause is named.
                return new Reading.Generic();
            }
            return new Reading.Symptom(symptom.get().number(), intent, named);
        }
        if (ruledOut.isPresent() && words.strip().endsWith("?")) {
            // "Im on 17.2, is that the latest?" asks whether the fact holds; it does not say it does.
            return new Reading.Question(faq.match(words, message, fixOnScreen), OptionalInt.of(ruledOut.get().number()));
        }
        Optional<Reading> storageFigures = ruledOut.flatMap(fix -> Details.roomThatIsNot(fix, words));
        if (storageFigures.isPresent()) {
            return storageFigures.get();
        }
        if (ruledOut.isPresent()) {
            // "btw im on ios 26.1, software update says im up to date" on another fix is learned in passing.
            return new Reading.RuledOut(ruledOut.get().number(), intent, words, fixOnScreen > 0
                    && ruledOut.get().number() != fixOnScreen && Phrasings.IN_PASSING.matcher(message).find());
        }
        Optional<NearMiss> nearMiss = content.nearMisses().forIntent(intent);
        if (nearMiss.isPresent()) {
            return new Reading.NearMiss(intent, nearMiss.get().answer(), nearMiss.get().insteadOfFix(),
                    nearMiss.get().leavesTheFix());
        }
        return switch (intent) {
            // "can that be fixed" asks; it does not report that anything worked or failed.
            case Intents.WORKED -> Phrasings.ASKS_FIRST.matcher(words).find() ? question(words, message, fixOnScreen, interpretation)
                    : new Reading.Worked(confidence >= SURE_IT_WORKED);
            case Intents.NOT_WORKED -> Phrasings.ASKS_FIRST.matcher(words).find()
                    ? question(words, message, fixOnScreen, interpretation)
                    // "no more error" reads like a failure to the classifier; it says the error has gone.
                    : Phrasings.ERROR_GONE.matcher(words).find() ? new Reading.Worked(true) : new Reading.NotWorked();
            case Intents.IN_PROGRESS -> new Reading.InProgress();
            case Intents.DID_IT -> new Reading.DidIt();
            case Intents.QUESTION -> question(words, message, fixOnScreen, interpretation);
            case Intents.SKIP -> Reading.Navigate.to(Move.SKIP);
            case Intents.BACK -> Reading.Navigate.to(Move.BACK);
            case Intents.REPEAT -> Reading.Navigate.to(Move.REPEAT);
            case Intents.START_OVER -> Reading.Navigate.to(Move.START_OVER);
            case Intents.JUMP_TO_FIX -> new Reading.Navigate(Move.JUMP, jumpTarget(words, entities));
            case Intents.HUMAN -> new Reading.AskPerson();
            case Intents.BACK_TO_BOT -> new Reading.BackToBot();
            case Intents.HELP -> new Reading.Social(SocialKind.HELP);
            case Intents.GREETING -> new Reading.Social(SocialKind.GREETING);
            case Intents.THANKS -> new Reading.Social(SocialKind.THANKS);
            case Intents.BYE -> new Reading.Social(SocialKind.BYE);
            case Intents.BOT_QUESTION -> new Reading.Social(SocialKind.BOT_QUESTION);
            // "is there a way to reach the actual support people" asks for one, not whether one is there.
            case Intents.PERSON_QUESTION -> Phrasings.REACH_SOMEONE.matcher(words).find() ? new Reading.AskPerson()
                    : new Reading.Social(SocialKind.PERSON_QUESTION);
            case Intents.FRUSTRATION -> new Reading.Social(SocialKind.FRUSTRATION);
            case Intents.DEVICE_DETAIL -> new Reading.Detail();
            case Intents.MODEL_UNKNOWN -> new Reading.ModelUnknown();
            case Intents.BACKUP_FAILS -> new Reading.Generic();
            case Intents.OUT_OF_SCOPE -> WordsFirst.offTopicUnlessAskedAboutTheFix(words, message, fixOnScreen, confidence, faq, fixNames);
            default -> new Reading.NotUnderstood();
        };
    }

    private Reading question(String words, String message, int fixOnScreen, Interpretation interpretation) {
        Optional<NearMiss> nearMiss = closeNearMiss(interpretation);
        if (nearMiss.isPresent()) {
            // "How do i check whats actually in the backup": nearly as much a restore question, which is not
            // for the bot, as a question about making a backup; a near answer would mislead.
            return new Reading.NearMiss(nearMiss.get().intent(), nearMiss.get().answer(), nearMiss.get().insteadOfFix(),
                    nearMiss.get().leavesTheFix());
        }
        Optional<FaqEntry> answer = faq.match(words, message, fixOnScreen);
        OptionalInt about = answer.map(FaqEntry::fix).orElse(OptionalInt.empty());
        if (about.isEmpty() || fixOnScreen == 0) {
            // "Does my phone have to be charging for backup?" names the fix's area in so many words; with no fix on
            // screen, "is low data mode the reason my backup never runs" names the Wi-Fi fix, and an answer tied to
            // another would mislead.
            OptionalInt named = fixNames.find(words);
            if (about.isPresent() && named.isPresent() && named.getAsInt() != about.getAsInt()) {
                return new Reading.Question(Optional.empty(), named);
            }
            about = about.isEmpty() ? named : about;
        }
        if (about.isEmpty() && !Antecedents.pointsBack(words)) {
            // The ranking of "is that bad" says nothing about a fix: its topic is in the clause before it.
            about = likelySymptom(interpretation, QUESTION_ABOUT_FIX)
                    .map(reading -> OptionalInt.of(((Reading.Symptom) reading).fix())).orElse(OptionalInt.empty());
        }
        // "where is it on that version": with no answer, the fix's own steps show where.
        return fixOnScreen > 0 && answer.isEmpty() && Phrasings.ASKS_WHERE.matcher(words).find() ? Reading.Navigate.to(Move.REPEAT)
                : new Reading.Question(answer, about);
    }

    /**
     * "Why wont it back up, it keeps saying not enough icloud storage": when the words name a fix's area
     * and the model gives its symptom some weight, the failure has that cause.
     */
    private Optional<Reading> namedCause(String words, Interpretation interpretation) {
        OptionalInt named = fixNames.find(words);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Fix fix = content.playbook().fix(named.getAsInt());
        return interpretation.probabilityOf(fix.symptomIntent()) >= NAMED_CAUSE
                ? Optional.of(new Reading.Symptom(fix.number(), fix.symptomIntent())) : Optional.empty();
    }

    /** The runner-up, when it is a near miss read nearly as surely as the question. */
    private Optional<NearMiss> closeNearMiss(Interpretation interpretation) {
        List<Interpretation.RankedIntent> ranking = interpretation.ranking();
        if (ranking.size() < 2 || ranking.get(0).probability() - ranking.get(1).probability() >= NEAR_MISS_MARGIN) {
            return Optional.empty();
        }
        return content.nearMisses().forIntent(ranking.get(1).intent());
    }

    /** The most probable symptom in the ranking, when it gets at least {@code floor} of the probability. */
    private Optional<Reading> likelySymptom(Interpretation interpretation, double floor) {
        for (Interpretation.RankedIntent ranked : interpretation.ranking()) {
            if (ranked.probability() < floor) {
                return Optional.empty();
            }
            Optional<Fix> fix = content.playbook().fixForSymptom(ranked.intent());
            if (fix.isPresent()) {
                return Optional.of(new Reading.Symptom(fix.get().number(), ranked.intent()));
            }
        }
        return Optional.empty();
    }

    /** Every fix's symptom intent. */
    List<String> symptomIntents() {
        return content.playbook().fixes().stream().map(Fix::symptomIntent).toList();
    }

    /** The update fix's symptom for an iOS version its content calls old. */
    Optional<Reading> oldIos(int iosMajor) {
        return content.playbook().fixForOldIos(iosMajor)
                .map(fix -> (Reading) new Reading.Symptom(fix.number(), fix.symptomIntent()));
    }

    /**
     * With the update on screen, a full iPhone is why the update won't install, not a full iCloud: the
     * person stays on the update, and the detail is kept for the hand-over.
     */
    private boolean phoneStorageDuringTheUpdate(Fix symptom, String words, int fixOnScreen) {
        return fixOnScreen > 0 && symptom.number() != fixOnScreen
                && content.playbook().fix(fixOnScreen).whenIosBelow().isPresent() && Details.namesThePhonesOwnStorage(words);
    }

    /**
     * "Im on ios 17.4": the classifier cannot know which versions are old, but the playbook can. A clause
     * that names a version the update fix calls current, and says nothing of updating, is only a detail.
     */
    private static boolean namesARecentIos(Fix fix, Entities entities, String words) {
        return fix.whenIosBelow().isPresent() && entities.iosMajor().isPresent()
                && entities.iosMajor().getAsInt() >= fix.whenIosBelow().getAsInt()
                && !UPDATE_WORDS.matcher(words).find();
    }

    private boolean namesItsFix(Reading symptom, String words) {
        return symptom instanceof Reading.Symptom s && fixNames.find(words).equals(OptionalInt.of(s.fix()));
    }

    private static double probabilityOf(Reading symptom, Interpretation interpretation) {
        String intent = ((Reading.Symptom) symptom).intent();
        return interpretation.ranking().stream().filter(r -> r.intent().equals(intent)).findFirst()
                .map(Interpretation.RankedIntent::probability).orElse(0.0);
    }

    private static boolean barelyOverAFailingBackup(Interpretation interpretation, double confidence) {
        if (interpretation.ranking().size() < 2 || !interpretation.ranking().get(1).intent().equals(Intents.BACKUP_FAILS)) {
            return false;
        }
        double failing = interpretation.ranking().get(1).probability();
        // "BACKUP NOT WORKING NEED IT IN 1 HOUR": a cause read at less than even odds beside a failing backup is a guess.
        return confidence - failing < UNNAMED_CAUSE_MARGIN || confidence < 0.5 && failing >= CAUSE_OVER_GENERIC;
    }

    /**
     * "battery goes from 100 to 20 by lunch": a message that holds a phrase naming a near miss outright and
     * says nothing of backups or iCloud is that near miss, however the classifier reads its figures.
     */
    Optional<Reading> nearMissNamedIn(String message, boolean onAFix) {
        String lower = message.toLowerCase(Locale.ROOT);
        // "is there a way to see what the last backup actually contains" names its near miss even on a fix.
        Optional<NearMiss> named = content.nearMisses().namedByABackupPhrase(lower);
        if (named.isEmpty() && !onAFix && !Phrasings.ABOUT_BACKUPS.matcher(lower).find()) {
            named = content.nearMisses().namedIn(lower);
        }
        return named.map(nearMiss -> new Reading.NearMiss(nearMiss.intent(), nearMiss.answer(), nearMiss.insteadOfFix(),
                nearMiss.leavesTheFix()));
    }

    Playbook playbook() {
        return content.playbook();
    }


    /** The fix {@code clause} names by one of its names, if any. */
    OptionalInt namesAFix(String clause) {
        return fixNames.find(clause);
    }

    /** Whether a reading says the backup fails, read at least {@code floor} surely. */
    boolean failingBackup(Interpretation interpretation, double floor) {
        return interpretation.confidence() >= floor && (Intents.BACKUP_FAILS.equals(interpretation.topIntent())
                || Intents.NOT_WORKED.equals(interpretation.topIntent()));
    }

    /** Where a second fix's name starts in {@code clause}, when it names two. */
    Optional<Integer> secondNameAt(String clause) {
        return fixNames.secondNameAt(clause);
    }

    /** The fix a reading's top intent rules out, when it is a fact read at least {@code floor} surely. */
    Optional<Integer> factFix(Interpretation interpretation, double floor) {
        if (interpretation.topIntent() == null || interpretation.confidence() < floor) {
            return Optional.empty();
        }
        return content.playbook().fixRuledOutBy(interpretation.topIntent()).map(Fix::number);
    }

    /** The fix a reading's top intent rules out or points to, when read at least {@code floor} surely. */
    Optional<Integer> factOrSymptomFix(Interpretation interpretation, double floor) {
        if (interpretation.topIntent() == null || interpretation.confidence() < floor) {
            return Optional.empty();
        }
        return content.playbook().fixRuledOutBy(interpretation.topIntent())
                .or(() -> content.playbook().fixForSymptom(interpretation.topIntent())).map(Fix::number);
    }

    /** The two causes a clause offers as "X or Y", to ask which. */
    Optional<Reading.Clarify> alternatives(String clause) {
        return Alternatives.of(clause, fixNames, content.playbook());
    }

    /** The fix whose name is used as a thing done ("restarted", "updated"), if one is. */
    OptionalInt fixDone(String words) {
        return fixNames.findDone(words);
    }

    /**
     * A fact read only a shade above the symptom of the same fix ("says storage almost full": has room 0.51,
     * full 0.49) is a coin toss, not a fact: it must not take the fix off the walk.
     */
    boolean contested(Reading reading, Interpretation interpretation) {
        if (!(reading instanceof Reading.RuledOut fact) || interpretation.ranking().size() < 2) {
            return false;
        }
        Interpretation.RankedIntent best = interpretation.ranking().get(0);
        Interpretation.RankedIntent next = interpretation.ranking().get(1);
        return best.probability() - next.probability() < CONTESTED_FACT_MARGIN
                && content.playbook().fixForSymptom(next.intent()).filter(fix -> fix.number() == fact.fix()).isPresent();
    }

    /**
     * "Fix 6", or a fix asked for by name: "the update one". When both come up, the one named last counts:
     * "go to fix 3 no wait the restart one".
     */
    OptionalInt jumpTarget(String words, Entities entities) {
        Optional<FixNames.Named> named = fixNames.findLast(words);
        if (entities.fixNumber().isEmpty()) {
            return named.map(n -> OptionalInt.of(n.fix())).orElse(OptionalInt.empty());
        }
        int numberAt = lastNumberAt(words);
        return named.filter(n -> n.at() > numberAt).map(n -> OptionalInt.of(n.fix())).orElse(entities.fixNumber());
    }

    private static int lastNumberAt(String words) {
        Matcher number = FIX_NUMBER_WORD.matcher(words);
        int at = -1;
        while (number.find()) {
            at = number.start();
        }
        return at;
    }
}
