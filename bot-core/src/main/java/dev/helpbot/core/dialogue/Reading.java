package dev.helpbot.core.dialogue;

import dev.helpbot.core.content.FaqEntry;
import dev.helpbot.core.nlu.PhoneModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing a message says. A message is read clause by clause into several readings: an answer, a
 * question, a fact that rules a fix out, a symptom, navigation, small talk... The policy decides on
 * all of them together.
 *
 * <p>Java 17 has no pattern matching over sealed types in {@code switch}, so each reading names its
 * {@link Kind}; the policy's stage handlers are switch expressions over the kind with no
 * {@code default}, so a new kind does not compile until every stage says what it does with it.
 */
public sealed interface Reading {

    Kind kind();

    /** The name a reply reports for the reading that decided it: the classifier's intent, or the reading's own. */
    String intent();

    enum Kind {
        WORKED, NOT_WORKED, IN_PROGRESS, DID_IT, QUESTION, NAVIGATE, SYMPTOM, GENERIC, RULED_OUT, DETAIL,
        MODEL_UNKNOWN, PHONE_CHOICE, SOCIAL, ASK_PERSON, BACK_TO_BOT, NEAR_MISS, OFF_TOPIC, NOT_UNDERSTOOD,
        CLARIFY, START, EMPTY, TOO_LONG, ATTACHMENT, STALE_CHOICE, STATS
    }

    /** The fix on screen worked. {@code sure} is false when the words leave room for doubt. */
    record Worked(boolean sure) implements Reading {
        public Kind kind() {
            return Kind.WORKED;
        }

        public String intent() {
            return Intents.WORKED;
        }
    }

    /** The fix on screen didn't help. */
    record NotWorked() implements Reading {
        public Kind kind() {
            return Kind.NOT_WORKED;
        }

        public String intent() {
            return Intents.NOT_WORKED;
        }
    }

    /** The backup is running but hasn't finished. */
    record InProgress() implements Reading {
        public Kind kind() {
            return Kind.IN_PROGRESS;
        }

        public String intent() {
            return Intents.IN_PROGRESS;
        }
    }

    /** The steps are done, the outcome not told yet. */
    record DidIt() implements Reading {
        public Kind kind() {
            return Kind.DID_IT;
        }

        public String intent() {
            return Intents.DID_IT;
        }
    }

    /**
     * A question, with the FAQ entry that answers it when one does, and the fix it is about when that
     * can be told (the entry's fix, or a symptom the question mentions).
     */
    record Question(Optional<FaqEntry> answer, OptionalInt aboutFix) implements Reading {
        public Question {
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(aboutFix, "aboutFix");
        }

        public Question(Optional<FaqEntry> answer) {
            this(answer, answer.map(FaqEntry::fix).orElse(OptionalInt.empty()));
        }

        public Kind kind() {
            return Kind.QUESTION;
        }

        public String intent() {
            return Intents.QUESTION;
        }
    }

    /** Skip, back, repeat, start over, or a jump to a fix ({@code fix} empty: which one wasn't said). */
    record Navigate(Move move, OptionalInt fix) implements Reading {
        public Navigate {
            Objects.requireNonNull(move, "move");
            Objects.requireNonNull(fix, "fix");
        }

        public static Navigate to(Move move) {
            return new Navigate(move, OptionalInt.empty());
        }

        public Kind kind() {
            return Kind.NAVIGATE;
        }

        public String intent() {
            return move.intent();
        }
    }

    /**
     * A symptom that points at a fix. {@code named} is true when the words name the fix's area ("my wifi
     * disconnects"), as opposed to a consequence that several causes share ("the backup gets interrupted").
     */
    record Symptom(int fix, String intent, boolean named) implements Reading {
        public Symptom(int fix, String intent) {
            this(fix, intent, false);
        }

        public Kind kind() {
            return Kind.SYMPTOM;
        }
    }

    /** "My backup fails", with no cause named. */
    record Generic() implements Reading {
        public Kind kind() {
            return Kind.GENERIC;
        }

        public String intent() {
            return Intents.BACKUP_FAILS;
        }
    }

    /**
     * A fact that rules a fix out ("the switch is already on", "I already restarted"), in the user's
     * own words. An aside reports another fix tried and no help ("restarted, no change" on the storage
     * fix): it is learned, but leaves the fix on screen still to try.
     */
    record RuledOut(int fix, String intent, String words, boolean aside) implements Reading {
        public RuledOut {
            Objects.requireNonNull(words, "words");
        }

        public RuledOut(int fix, String intent, String words) {
            this(fix, intent, words, false);
        }

        public Kind kind() {
            return Kind.RULED_OUT;
        }
    }

    /** Only a detail about the phone: its model or iOS version, found in the turn's entities. */
    record Detail() implements Reading {
        public Kind kind() {
            return Kind.DETAIL;
        }

        public String intent() {
            return Intents.DEVICE_DETAIL;
        }
    }

    /** "I don't know which iPhone I have." */
    record ModelUnknown() implements Reading {
        public Kind kind() {
            return Kind.MODEL_UNKNOWN;
        }

        public String intent() {
            return Intents.MODEL_UNKNOWN;
        }
    }

    /** A button answering "which iPhone?". */
    record PhoneChoice(PhoneModel model) implements Reading {
        public Kind kind() {
            return Kind.PHONE_CHOICE;
        }

        public String intent() {
            return Intents.PHONE_MODEL;
        }
    }

    /** Greetings, thanks, goodbyes, venting, questions about the bot or whether a person is there. */
    record Social(SocialKind what) implements Reading {
        public Kind kind() {
            return Kind.SOCIAL;
        }

        public String intent() {
            return what.intent();
        }
    }

    /** The person wants a human. */
    record AskPerson() implements Reading {
        public Kind kind() {
            return Kind.ASK_PERSON;
        }

        public String intent() {
            return Intents.HUMAN;
        }
    }

    /** After a handoff: the person wants the bot back. */
    record BackToBot() implements Reading {
        public Kind kind() {
            return Kind.BACK_TO_BOT;
        }

        public String intent() {
            return Intents.BACK_TO_BOT;
        }
    }

    /**
     * Close to what the bot does but not it (a cracked screen, iCloud billing): an honest redirect.
     * {@code insteadOfFix} names the fix it must take the place of, when that fix would do harm (signing
     * out with a forgotten password) or cannot help (a restart for a phone stuck on the Apple logo);
     * {@code leavesTheFix} says whether the conversation leaves that fix when it is on screen.
     */
    record NearMiss(String intent, String answer, OptionalInt insteadOfFix, boolean leavesTheFix) implements Reading {
        public Kind kind() {
            return Kind.NEAR_MISS;
        }
    }

    record OffTopic() implements Reading {
        public Kind kind() {
            return Kind.OFF_TOPIC;
        }

        public String intent() {
            return Intents.OUT_OF_SCOPE;
        }
    }

    record NotUnderstood() implements Reading {
        public Kind kind() {
            return Kind.NOT_UNDERSTOOD;
        }

        public String intent() {
            return Intents.NOT_UNDERSTOOD;
        }
    }

    /** The two best readings are too close to call: ask which one was meant. */
    record Clarify(List<Reading> candidates) implements Reading {
        public Clarify {
            candidates = List.copyOf(candidates);
            if (candidates.size() < 2) {
                throw new IllegalArgumentException("a clarifying question needs two candidates");
            }
        }

        public Kind kind() {
            return Kind.CLARIFY;
        }

        public String intent() {
            return candidates.get(0).intent();
        }
    }

    /** {@code /backup-help} with no arguments: open or resume the conversation. */
    record Start() implements Reading {
        public Kind kind() {
            return Kind.START;
        }

        public String intent() {
            return Intents.START;
        }
    }

    record Empty() implements Reading {
        public Kind kind() {
            return Kind.EMPTY;
        }

        public String intent() {
            return Intents.EMPTY;
        }
    }

    record TooLong() implements Reading {
        public Kind kind() {
            return Kind.TOO_LONG;
        }

        public String intent() {
            return Intents.TOO_LONG;
        }
    }

    /** Only a picture, no text. */
    record Attachment() implements Reading {
        public Kind kind() {
            return Kind.ATTACHMENT;
        }

        public String intent() {
            return Intents.ATTACHMENT;
        }
    }

    /** A button from an earlier step, or one the bot never offered. */
    record StaleChoice() implements Reading {
        public Kind kind() {
            return Kind.STALE_CHOICE;
        }

        public String intent() {
            return Intents.STALE_CHOICE;
        }
    }

    /** {@code /backup-help stats}: answered by the engine from analytics, never by the policy. */
    record Stats() implements Reading {
        public Kind kind() {
            return Kind.STATS;
        }

        public String intent() {
            return Intents.STATS;
        }
    }

    /** Where navigation goes. */
    enum Move {
        SKIP(Intents.SKIP), BACK(Intents.BACK), REPEAT(Intents.REPEAT), START_OVER(Intents.START_OVER),
        JUMP(Intents.JUMP_TO_FIX);

        private final String intent;

        Move(String intent) {
            this.intent = intent;
        }

        public String intent() {
            return intent;
        }
    }

    enum SocialKind {
        GREETING(Intents.GREETING), THANKS(Intents.THANKS), BYE(Intents.BYE), HELP(Intents.HELP),
        BOT_QUESTION(Intents.BOT_QUESTION), PERSON_QUESTION(Intents.PERSON_QUESTION),
        FRUSTRATION(Intents.FRUSTRATION);

        private final String intent;

        SocialKind(String intent) {
            this.intent = intent;
        }

        public String intent() {
            return intent;
        }
    }
}
