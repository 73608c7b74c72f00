package dev.helpbot.core.reading;

import dev.helpbot.core.EngineSettings;
import dev.helpbot.core.dialogue.Intents;
import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Reading.Kind;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.dialogue.Stage;
import dev.helpbot.core.dialogue.Turn;
import dev.helpbot.core.nlu.Entities;
import dev.helpbot.core.nlu.EntityExtractor;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.nlu.Interpretation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads free text clause by clause. A message of one clause is read whole, with a prior for answers
 * right after "Did this fix it?" and a clarifying question when its two best readings are close. In a
 * longer message each clause read with confidence counts; the whole message's reading is added when it
 * says something no clause did ("ok I did that, nothing").
 */
final class TextReading {

    /**
     * Right after "Did this fix it?", answers are far likelier than anything else; short replies such as
     * "nah" carry too few features for the classifier alone. High enough to read "nah" as an answer, low
     * enough that off-topic text still falls back.
     */
    static final double ANSWER_PRIOR = 3.0;
    /** A near miss this many times likelier than the answer the prior favours keeps its reading. */
    static final double ANOTHER_TOPIC_LEAD = 2.0;
    static final Set<String> ANSWERS = Set.of(Intents.WORKED, Intents.NOT_WORKED, Intents.SKIP, Intents.BACK,
            Intents.REPEAT, Intents.HUMAN, Intents.IN_PROGRESS, Intents.DID_IT);
    /**
     * With no fix on screen there is nothing to answer, skip or repeat, and people rarely write to say a
     * backup is simply running: "backup stuck at 30%" is a stuck backup. The same Bayes prior, the other way.
     */
    static final double NO_FIX_ANSWER_PRIOR = 0.1;
    static final Set<String> ANSWERS_TO_A_FIX = Set.of(Intents.WORKED, Intents.NOT_WORKED, Intents.SKIP, Intents.BACK,
            Intents.REPEAT, Intents.IN_PROGRESS, Intents.DID_IT);
    private static final Pattern FAILS_TO_BACK_UP = Pattern.compile(
            "(?i)\\b(?:won'?t|wont|will not|doesn'?t|does not|can'?t|cant|didn'?t|not|never)\\s+back(?:ing)?\\s*up\\b"
                    + "|\\bbackups?\\s+still\\s+(?:fails|failing|failed)\\b"
                    + "|\\b(?:didn'?t|did not|doesn'?t|hasn'?t)\\s+(?:fix|help|solve|sort)\\s+(?:my|the)\\s+backups?\\b");
    private static final Set<String> NAVIGATION_AND_PROGRESS = Set.of(Intents.SKIP, Intents.BACK, Intents.REPEAT,
            Intents.IN_PROGRESS, Intents.DID_IT);
    /** Readings that are about the problem or the conversation, as opposed to small talk and off-topic remarks. */
    private static final Set<Kind> IN_SCOPE = Set.of(Kind.SYMPTOM, Kind.GENERIC, Kind.RULED_OUT, Kind.QUESTION,
            Kind.WORKED, Kind.NOT_WORKED, Kind.IN_PROGRESS, Kind.DID_IT, Kind.NAVIGATE, Kind.ASK_PERSON);
    /** Readings a clarifying question can offer as a button, and that lead to different places. */
    private static final Set<Kind> CLARIFIABLE = Set.of(Kind.SYMPTOM, Kind.GENERIC, Kind.WORKED, Kind.NOT_WORKED,
            Kind.ASK_PERSON, Kind.RULED_OUT);
    private static final Set<Kind> WHOLE_MESSAGE_KINDS = Set.of(Kind.WORKED, Kind.NOT_WORKED, Kind.IN_PROGRESS,
            Kind.ASK_PERSON);
    /** What a question looks like: a question mark, or a question word first. */
    static final Pattern ASKED = Pattern.compile("\\?|^\\W*(?:how|what|whats|where|wheres|why|when|which|who|"
            + "can|could|do|does|did|is|are|was|will|would|should|shall|has|have|am|may|any|anyone)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A fact must beat a symptom of the same fix by this much to cancel it: a stated symptom is the stronger clue. */
    static final double SYMPTOM_MARGIN = 0.05;
    /** This much of the probability on "my backup fails" and the symptoms together says the message is about one. */
    static final double FAILING_BACKUP_MASS = 0.5;
    /** A near miss read this clearly sets the context for the clauses beside it. */
    static final double CLEAR_NEAR_MISS = 0.8;
    /** A whole message read as one symptom with this confidence names the topic, whatever its clauses say. */
    static final double WHOLE_TOPIC = 0.8;
    /** A clause read as off-topic this surely is the point of a message that otherwise only names the phone. */
    static final double CLEAR_OFF_TOPIC = 0.9;
    /** A clause the reader could not place says something, and is not a filler, from this many words. */
    static final int STATEMENT_WORDS = 4;
    /** A runner-up this far below the best reading is no real contender. */
    static final double CLARIFY_MARGIN = 0.25;

    private final IntentClassifier classifier;
    private final ReadingMap map;
    private final EntityExtractor entities;
    private final EngineSettings settings;

    TextReading(IntentClassifier classifier, ReadingMap map, EntityExtractor entities, EngineSettings settings) {
        this.classifier = classifier;
        this.map = map;
        this.entities = entities;
        this.settings = settings;
    }

    /** A cleaned text and its classifications: of the whole, and of each clause when there are several. */
    record Classified(String text, Interpretation whole, List<ClauseReading> clauses) {
    }

    /** A clause in the person's words, and what was classified: the same words, or with a bare "it" spelled out. */
    record ClauseReading(String words, String readAs, Interpretation interpretation) {
    }

    /** The part that does not depend on the conversation, so it is done once per message. */
    Classified classify(String cleanText) {
        if (cleanText.isEmpty()) {
            return new Classified(cleanText, Interpretation.NONE, List.of());
        }
        List<String> clauses = Clauses.of(cleanText);
        Interpretation whole = classifier.classify(EmojiWords.spelled(cleanText));
        List<ClauseReading> read = new ArrayList<>();
        List<String> resolved = Antecedents.resolved(clauses);
        boolean several = clauses.size() > 1;
        for (int i = 0; i < clauses.size(); i++) {
            Interpretation interpretation = several ? classifier.classify(EmojiWords.spelled(resolved.get(i))) : whole;
            // Only a fact can hide a second fact; looking costs two more classifications.
            Optional<List<ClauseReading>> parts = RunOnFacts.split(clauses.get(i), map, classifier, settings.clauseThreshold());
            if (parts.isEmpty() && map.factFix(interpretation, 0).isPresent()) {
                parts = TwoFacts.split(clauses.get(i), map, classifier, settings.clauseThreshold());
            }
            if (parts.isPresent()) {
                read.addAll(parts.get());
            } else if (several) {
                read.add(new ClauseReading(clauses.get(i), resolved.get(i), interpretation));
            }
        }
        return new Classified(cleanText, whole, read);
    }

    Turn read(Classified classified, Session session) {
        boolean expectingModel = session.awaitingPhoneModel();
        int fixOnScreen = session.stage() == Stage.FIX ? session.currentFix() : 0;
        Entities found = entities.extract(classified.text(), expectingModel);
        List<Turn.Clause> clauses = new ArrayList<>();
        boolean clearlyOffTopic = false;
        boolean offTopic = false;
        boolean unplacedStatement = false;
        for (ClauseReading clause : classified.clauses()) {
            Entities inClause = entities.extract(clause.words(), expectingModel);
            Interpretation interpretation = inContext(Statements.unlessAsked(clause.interpretation(), clause.words()), session, clause.words());
            double confidence = interpretation.confidence();
            if (interpretation.topIntent() != null && confidence >= settings.clauseThreshold()) {
                Reading reading = Sureness.unlessUnsure(map.of(interpretation.topIntent(), confidence, clause.words(), inClause,
                        fixOnScreen, interpretation, classified.text()), confidence, clause.words());
                clearlyOffTopic |= reading.kind() == Kind.OFF_TOPIC && confidence >= CLEAR_OFF_TOPIC;
                offTopic |= reading.kind() == Kind.OFF_TOPIC;
                if (reading.kind() != Kind.NOT_UNDERSTOOD && reading.kind() != Kind.OFF_TOPIC
                        && !map.contested(reading, interpretation)) {
                    clauses.add(new Turn.Clause(clause.words(), Details.asDetail(reading, inClause, expectingModel, clause.words()),
                            confidence));
                } else {
                    unplacedStatement |= isAStatement(clause.words());
                }
            } else if (inClause.describesThePhone() && Details.ranksDetail(interpretation)) {
                clauses.add(new Turn.Clause(clause.words(), new Reading.Detail(), confidence));
            } else {
                unplacedStatement |= isAStatement(clause.words());
            }
        }
        clauses = TriedList.asTried(clauses, classified.clauses(), classified.text(), map);
        Turn.Clause whole = readWhole(classified, found, session, fixOnScreen);
        // Beside another topic, the phone named in passing, or "is that bad" asking about that topic.
        boolean onlyAsides = !clauses.isEmpty() && clauses.stream().allMatch(c -> c.reading().kind() == Kind.DETAIL
                || c.reading().kind() == Kind.QUESTION && Antecedents.pointsBack(c.words()));
        if (onlyAsides && whole.reading().kind() == Kind.NEAR_MISS) {
            // "phone gets really hot when charging, is that bad": the question asks about the near miss.
            return new Turn(List.of(whole), found, classified.text());
        }
        boolean onlyPointingBack = onlyAsides && clauses.stream().allMatch(c -> c.reading().kind() == Kind.QUESTION);
        // "git push says rejected, what do i do": the help asked for is with what the bot could not place. On a fix,
        // "how do i do that" asks about the fix.
        boolean helpWithTheUnplaced = unplacedStatement && fixOnScreen == 0 && !clauses.isEmpty()
                && clauses.stream().allMatch(c -> c.reading() instanceof Reading.Social social
                && social.what() == Reading.SocialKind.HELP);
        if ((clearlyOffTopic && onlyAsides || offTopic && onlyPointingBack || helpWithTheUnplaced)
                && !aboutAFailingBackup(classified.whole())) {
            // "battery drains so fast since ios 17": the phone is named only in passing to another problem.
            return new Turn(List.of(new Turn.Clause(classified.text(), new Reading.OffTopic(), whole.confidence())), found,
                    classified.text());
        }
        boolean anyInScope = clauses.stream().anyMatch(c -> IN_SCOPE.contains(c.reading().kind()));
        if (!anyInScope && !clauses.isEmpty() && aboutAFailingBackup(classified.whole())) {
            // "Backup not going through for days. im on ios 16.4 btw": no clause was sure of the cause, but
            // the message is about a failing backup.
            clauses.add(new Turn.Clause(classified.text(), new Reading.Generic(), whole.confidence()));
            anyInScope = true;
        }
        boolean onlyAGenericFailure = clauses.stream().anyMatch(c -> c.reading().kind() == Kind.GENERIC)
                && clauses.stream().allMatch(c -> Set.of(Kind.GENERIC, Kind.DETAIL, Kind.SOCIAL).contains(c.reading().kind()));
        if (clauses.isEmpty()) {
            clauses.add(whole);
            if (fixOnScreen == 0 && whole.reading().kind() == Kind.DETAIL && aboutAFailingBackup(classified.whole())) {
                // "reset network settings didnt help my backup": what was tried is a detail, the failure the point.
                clauses.add(new Turn.Clause(classified.text(), new Reading.Generic(), whole.confidence()));
            }
        } else if (whole.reading() instanceof Reading.Symptom symptom && (whole.confidence() >= WHOLE_TOPIC || onlyAGenericFailure)
                && clauses.stream().noneMatch(c -> c.reading() instanceof Reading.Symptom s && s.fix() == symptom.fix())) {
            // A clause loses the context around it; a message read as one clear symptom names its topic, and so
            // does one whose clauses say only that the backup fails ("icloud says im out of room, backup wont run").
            clauses.add(0, whole);
        } else if (whole.confidence() >= settings.clauseThreshold()
                && (saysSomethingNew(whole.reading(), clauses) || (!anyInScope && IN_SCOPE.contains(whole.reading().kind())
                && !(fixOnScreen > 0 && whole.reading().kind() == Kind.SYMPTOM
                && clauses.stream().anyMatch(c -> c.reading().kind() == Kind.DETAIL))))) {
            // On a fix, "im on ios 14 if that matters" is a detail, and the whole message does not make it a symptom.
            clauses.add(whole);
        }
        List<Turn.Clause> read = StillFailing.read(JustDone.read(AnotherFixDone.read(
                Progress.finished(Progress.besideANearMiss(Progress.asFailedRun(Contradictions.without(Guards.overIn(clauses, session, classified.text()), whole), session,
                classified.text()))), fixOnScreen, map),
                session.stage(), fixOnScreen), fixOnScreen);
        if (fixOnScreen == 0) {
            read = OtherDevices.read(Alternatives.asked(read, classified, map), found, classified.text());
        }
        return new Turn(Hedges.unlessHedged(withOldIosAsSymptom(read, found, session), classified.text(), fixOnScreen), found,
                classified.text());
    }

    /**
     * "Im on ios 15 and backup fails": with no fix on screen and no symptom named, an old iOS version is
     * the lead to follow. On a fix it is only a detail, and never moves the conversation.
     */
    private List<Turn.Clause> withOldIosAsSymptom(List<Turn.Clause> clauses, Entities found, Session session) {
        if (session.stage() == Stage.FIX || found.iosMajor().isEmpty()
                || clauses.stream().anyMatch(c -> c.reading().kind() == Kind.SYMPTOM)
                || clauses.stream().noneMatch(c -> c.reading().kind() == Kind.GENERIC || c.reading().kind() == Kind.DETAIL)) {
            return clauses;
        }
        return map.oldIos(found.iosMajor().getAsInt()).map(symptom -> {
            List<Turn.Clause> with = new ArrayList<>(clauses);
            with.add(new Turn.Clause("iOS " + found.iosMajor().getAsInt(), symptom, 1.0));
            return with;
        }).orElse(clauses);
    }

    /** Four words or more say something; "so um" or "hey there" do not. */
    private static boolean isAStatement(String words) {
        return words.strip().split("\\s+").length >= STATEMENT_WORDS;
    }

    /** Most of the probability is on a failing backup, generic or with one cause or another. */
    private boolean aboutAFailingBackup(Interpretation whole) {
        // With no fix on screen, "my iphone still wont back up" read as "didn't help" is a failing backup too.
        double mass = whole.probabilityOf(Intents.BACKUP_FAILS) + whole.probabilityOf(Intents.NOT_WORKED);
        for (String symptom : map.symptomIntents()) {
            mass += whole.probabilityOf(symptom);
        }
        return mass >= FAILING_BACKUP_MASS;
    }

    /** With no fix on screen, answers to one are unlikely; on one, they are likely. */
    private Interpretation inContext(Interpretation interpretation, Session session, String words) {
        if (session.stage() == Stage.FIX && !session.awaitingPhoneModel()) {
            return OnScreen.favouringItsFact(interpretation.withPrior(ANSWERS, ANSWER_PRIOR), map.playbook(),
                    session.currentFix());
        }
        return withoutAFix(interpretation, session, words);
    }

    /**
     * Right after "Did this fix it?" answers are likelier, but not likely enough to turn "also my screen is
     * cracked lol can u help with that" into "I did it": a near miss or an off-topic request the classifier
     * put well ahead of the answer stays what it was.
     */
    private Interpretation unlessAnotherTopic(Interpretation raw, Interpretation inContext, String text, int fixOnScreen) {
        if (raw.topIntent() == null || inContext.topIntent() == null || raw.topIntent().equals(inContext.topIntent())
                || !ANSWERS.contains(inContext.topIntent())
                || raw.confidence() < ANOTHER_TOPIC_LEAD * raw.probabilityOf(inContext.topIntent())) {
            return inContext;
        }
        Kind rawKind = map.of(raw.topIntent(), raw.confidence(), text, Entities.NONE, fixOnScreen).kind();
        return rawKind == Kind.NEAR_MISS || rawKind == Kind.OFF_TOPIC ? raw : inContext;
    }

    /**
     * With no fix on screen, answers to one are unlikely; after a success, "it failed again today" still
     * says how the backup went.
     */
    private static Interpretation withoutAFix(Interpretation interpretation, Session session, String words) {
        if (session.stage() == Stage.FIX) {
            return interpretation;
        }
        // "the phone still wont back up" with no fix on screen is a failing backup, whichever label it gets.
        boolean failsToBackUp = session.stage() == Stage.RESOLVED || FAILS_TO_BACK_UP.matcher(words).find();
        return interpretation.withPrior(failsToBackUp ? NAVIGATION_AND_PROGRESS : ANSWERS_TO_A_FIX, NO_FIX_ANSWER_PRIOR);
    }

    private Turn.Clause readWhole(Classified classified, Entities found, Session session, int fixOnScreen) {
        Interpretation asked = Statements.unlessAsked(classified.whole(), classified.text());
        Interpretation interpretation = unlessAnotherTopic(asked, inContext(asked, session, classified.text()), classified.text(), fixOnScreen);
        String text = classified.text();
        String top = interpretation.topIntent();
        double confidence = interpretation.confidence();
        if (top == null || confidence < settings.confidenceThreshold()) {
            Reading reading = found.describesThePhone() || Details.namesOtherThings(found) ? new Reading.Detail()
                    : new Reading.NotUnderstood();
            return new Turn.Clause(text, reading, confidence);
        }
        Reading reading = Details.asDetail(map.of(top, confidence, text, found, fixOnScreen, interpretation, text), found,
                session.awaitingPhoneModel(), text);
        reading = Sureness.unlessUnsure(reading, confidence, text);
        if (reading.kind() == Kind.NOT_UNDERSTOOD && Details.namesOtherThings(found)) {
            reading = new Reading.Detail();
        }
        if (confidence < settings.clarifyThreshold() && CLARIFIABLE.contains(reading.kind())) {
            List<Interpretation.RankedIntent> ranking = interpretation.ranking();
            if (ranking.size() > 1 && confidence - ranking.get(1).probability() < CLARIFY_MARGIN) {
                Interpretation.RankedIntent second = ranking.get(1);
                Reading runnerUp = map.of(second.intent(), second.probability(), text, found, fixOnScreen);
                // "My backup fails" and a cause it names are one case, not two to choose from.
                // With no fix on screen, "it failed again" is "my backup fails" too.
                Set<Kind> general = fixOnScreen == 0 ? Set.of(Kind.GENERIC, Kind.NOT_WORKED) : Set.of(Kind.GENERIC);
                boolean generalVersusSpecific = general.contains(reading.kind()) || general.contains(runnerUp.kind());
                // "Its plugged in, still nothing" on the charging fix: either reading moves on from it.
                boolean bothAboutTheFixOnScreen = fixOnScreen > 0 && aboutFix(reading) == fixOnScreen
                        && aboutFix(runnerUp) == fixOnScreen;
                if (CLARIFIABLE.contains(runnerUp.kind()) && !sameMove(reading, runnerUp, fixOnScreen) && !generalVersusSpecific
                        && !bothAboutTheFixOnScreen
                        && (runnerUp.kind() != Kind.WORKED || fixOnScreen > 0)) {
                    return new Turn.Clause(text, new Reading.Clarify(List.of(reading, runnerUp)), confidence);
                }
            }
        }
        return new Turn.Clause(text, reading, confidence);
    }


    /**
     * The whole message adds its reading only when it is an answer or a request no clause made: a
     * mixture of clauses rarely has one symptom as a whole, but "did that, nothing" is an answer.
     */
    private static boolean saysSomethingNew(Reading whole, List<Turn.Clause> clauses) {
        if (!WHOLE_MESSAGE_KINDS.contains(whole.kind())) {
            return false;
        }
        Set<Kind> answers = Set.of(Kind.WORKED, Kind.NOT_WORKED);
        for (Turn.Clause clause : clauses) {
            Kind kind = clause.reading().kind();
            if (kind == whole.kind() || (answers.contains(kind) && answers.contains(whole.kind()))) {
                return false;
            }
        }
        return true;
    }

    /** "Didn't help" and "that one doesn't apply" both leave the fix on screen for the next. */
    private static boolean movesOnFrom(Reading reading, int fixOnScreen) {
        return reading.kind() == Kind.NOT_WORKED
                || reading instanceof Reading.RuledOut fact && fact.fix() == fixOnScreen;
    }

    private static int aboutFix(Reading reading) {
        if (reading instanceof Reading.Symptom symptom) {
            return symptom.fix();
        }
        return reading instanceof Reading.RuledOut fact ? fact.fix() : 0;
    }

    private static boolean sameMove(Reading a, Reading b, int fixOnScreen) {
        if (fixOnScreen > 0 && (movesOnFrom(a, fixOnScreen) && movesOnFrom(b, fixOnScreen))) {
            return true;
        }
        // "ugh its failing again today": "it didn't help" and "my backup fails" both go on to what is untried.
        Set<Kind> failing = Set.of(Kind.NOT_WORKED, Kind.GENERIC);
        if (failing.contains(a.kind()) && failing.contains(b.kind())) {
            return true;
        }
        if (a.kind() != b.kind()) {
            return false;
        }
        if (a instanceof Reading.Symptom sa && b instanceof Reading.Symptom sb) {
            return sa.fix() == sb.fix();
        }
        if (a instanceof Reading.RuledOut ra && b instanceof Reading.RuledOut rb) {
            return ra.fix() == rb.fix();
        }
        return true;
    }
}
