package dev.helpbot.core.dialogue;

import dev.helpbot.core.dialogue.FixAttempt.Outcome;
import dev.helpbot.core.nlu.Entities;
import dev.helpbot.core.nlu.PhoneModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the bot remembers about one conversation. Immutable: every change returns a new session,
 * which keeps the policy a pure function and makes stores free to share instances. Every list is
 * bounded, so a conversation never grows without limit whatever the user sends.
 *
 * @param stage       where the conversation stands
 * @param currentFix  the fix on screen (1-based), or 0 for none
 * @param attempts    fixes shown so far, in the order first shown, with their outcomes
 * @param phoneModel  the iPhone the user named, or null when unknown
 * @param iosMajor    the iOS major version the user named, or 0 when unknown
 * @param pending     the question the bot is waiting to have answered
 * @param askedInARow how many times in a row the bot has asked {@code pending}
 * @param shown       the fixes in the order they were put on screen, most recent last, for "back"
 * @param facts       what the user told the bot about their situation, in their words
 * @param notes       up to {@link #MAX_NOTES} things the user said about the problem, for the handoff
 * @param transcript  the last turns of the conversation, oldest first, for the support team's note; bounded by
 *                    whoever records them ({@link #recording}), each turn's words by {@link TranscriptTurn#MAX_WORDS}
 * @param ticket      the hand-over the support team has open for this conversation, or null when there is none
 */
public record Session(Stage stage, int currentFix, List<FixAttempt> attempts, PhoneModel phoneModel, int iosMajor,
                      Pending pending, int askedInARow, List<Integer> shown, List<Fact> facts, List<String> notes,
                      List<TranscriptTurn> transcript, HandoffTicket ticket) {

    public static final int MAX_NOTES = 3;
    public static final int MAX_NOTE_LENGTH = 200;
    public static final int MAX_FACTS = 12;
    public static final int MAX_SHOWN = 12;

    public static final Session NEW = new Session(Stage.IDLE, 0, List.of(), null, 0, Pending.NONE, 0, List.of(),
            List.of(), List.of(), List.of(), null);

    public Session {
        Objects.requireNonNull(stage, "stage");
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(pending, "pending");
        shown = List.copyOf(shown);
        facts = List.copyOf(facts);
        notes = List.copyOf(notes);
        transcript = List.copyOf(transcript);
    }

    /** A session from before transcripts and hand-over tickets were kept, as older stores and tests build it. */
    public Session(Stage stage, int currentFix, List<FixAttempt> attempts, PhoneModel phoneModel, int iosMajor,
                   Pending pending, int askedInARow, List<Integer> shown, List<Fact> facts, List<String> notes) {
        this(stage, currentFix, attempts, phoneModel, iosMajor, pending, askedInARow, shown, facts, notes, List.of(),
                null);
    }

    public Optional<PhoneModel> phone() {
        return Optional.ofNullable(phoneModel);
    }

    public OptionalInt ios() {
        return iosMajor > 0 ? OptionalInt.of(iosMajor) : OptionalInt.empty();
    }

    public boolean awaitingPhoneModel() {
        return pending == Pending.PHONE_MODEL;
    }

    public Optional<FixAttempt> attempt(int fix) {
        return attempts.stream().filter(a -> a.fix() == fix).findFirst();
    }

    /** True when the user ruled the fix out with a fact or said they had already done it. */
    public boolean ruledOut(int fix) {
        return guarded(fix) || facts.stream().anyMatch(f -> f.kind() == Fact.Kind.RULED_OUT && f.fix() == fix);
    }

    /** This session without what made {@code fix} harmful: the person says things have changed. */
    public Session unguarding(int fix) {
        List<Fact> kept = facts.stream().filter(f -> !(f.kind() == Fact.Kind.GUARDED && f.fix() == fix)).toList();
        return new Session(stage, currentFix, attempts, phoneModel, iosMajor, pending, askedInARow, shown, kept, notes,
                transcript, ticket);
    }

    /** True when something the user said makes the fix do harm: asked for, it gets that warning again. */
    public boolean guarded(int fix) {
        return facts.stream().anyMatch(f -> f.kind() == Fact.Kind.GUARDED && f.fix() == fix);
    }

    /**
     * True once the fix has an answer (worked, failed, skipped) or was ruled out: such fixes are not
     * offered again unasked.
     */
    public boolean wasTried(int fix) {
        return ruledOut(fix) || attempt(fix).map(a -> a.outcome() != Outcome.SHOWN).orElse(false);
    }

    /** The lowest-numbered fix not yet tried nor ruled out, other than the one on screen. */
    public OptionalInt nextUntried(int playbookSize) {
        for (int fix = 1; fix <= playbookSize; fix++) {
            if (fix != currentFix && !wasTried(fix)) {
                return OptionalInt.of(fix);
            }
        }
        return OptionalInt.empty();
    }

    /** The fix put on screen just before the current one, for "back". */
    public OptionalInt previousFix() {
        for (int i = shown.size() - 2; i >= 0; i--) {
            if (shown.get(i) != currentFix) {
                return OptionalInt.of(shown.get(i));
            }
        }
        return OptionalInt.empty();
    }

    /** This session showing {@code fix}, recorded as shown if it is new and added to the display history. */
    public Session showing(int fix) {
        List<FixAttempt> updated = attempts;
        if (attempt(fix).isEmpty()) {
            updated = new ArrayList<>(attempts);
            updated.add(new FixAttempt(fix, Outcome.SHOWN));
        }
        List<Integer> history = shown;
        if (history.isEmpty() || history.get(history.size() - 1) != fix) {
            history = bounded(appended(shown, fix), MAX_SHOWN);
        }
        return new Session(Stage.FIX, fix, updated, phoneModel, iosMajor, Pending.NONE, 0, history, facts, notes,
                transcript, ticket);
    }

    /** Going back: the current fix leaves the display history and the one before it is shown. */
    public Session goingBack() {
        List<Integer> history = new ArrayList<>(shown);
        while (!history.isEmpty() && history.get(history.size() - 1) == currentFix) {
            history.remove(history.size() - 1);
        }
        return new Session(stage, currentFix, attempts, phoneModel, iosMajor, pending, askedInARow, history, facts,
                notes, transcript, ticket);
    }

    /** Records the user's answer for the fix on screen. */
    public Session answering(Outcome outcome) {
        List<FixAttempt> updated = new ArrayList<>(attempts.size());
        for (FixAttempt attempt : attempts) {
            updated.add(attempt.fix() == currentFix ? attempt.withOutcome(outcome) : attempt);
        }
        return new Session(stage, currentFix, updated, phoneModel, iosMajor, pending, askedInARow, shown, facts,
                notes, transcript, ticket);
    }

    public Session inStage(Stage newStage) {
        return new Session(newStage, currentFix, attempts, phoneModel, iosMajor, Pending.NONE, 0, shown, facts,
                notes, transcript, ticket);
    }

    /** The bot asks {@code question}; asking the same one again counts the repeat. */
    public Session asking(Pending question) {
        int times = question == pending ? askedInARow + 1 : 1;
        return new Session(stage, currentFix, attempts, phoneModel, iosMajor, question, times, shown, facts, notes,
                transcript, ticket);
    }

    /** Nothing is waiting for an answer any more. */
    public Session answered() {
        if (pending == Pending.NONE && askedInARow == 0) {
            return this;
        }
        return new Session(stage, currentFix, attempts, phoneModel, iosMajor, Pending.NONE, 0, shown, facts, notes,
                transcript, ticket);
    }

    /** Shows {@code fix} while waiting to hear which iPhone it is; asking again counts the repeat. */
    public Session awaitingPhoneModel(int fix) {
        int times = pending == Pending.PHONE_MODEL && currentFix == fix ? askedInARow + 1 : 1;
        Session on = showing(fix);
        return new Session(on.stage, on.currentFix, on.attempts, phoneModel, iosMajor, Pending.PHONE_MODEL, times,
                on.shown, facts, notes, transcript, ticket);
    }

    /** A fresh conversation that keeps what we know about the phone. */
    public Session restarted() {
        return new Session(Stage.IDLE, 0, List.of(), phoneModel, iosMajor, Pending.NONE, 0, List.of(), List.of(),
                List.of(), transcript, ticket);
    }

    /** Remembers the phone model, iOS version, storage figures and other devices found in a message. */
    public Session learning(Entities entities) {
        PhoneModel model = entities.phoneModel().map(found -> better(phoneModel, found)).orElse(phoneModel);
        int ios = entities.iosMajor().orElse(iosMajor);
        Session updated = model == phoneModel && ios == iosMajor ? this
                : new Session(stage, currentFix, attempts, model, ios, pending, askedInARow, shown, facts, notes,
                        transcript, ticket);
        if (entities.iosVersion().isPresent()) {
            updated = updated.withIosVersion(entities.iosVersion().get());
        }
        for (String figure : entities.storageFigures()) {
            updated = updated.knowing(new Fact(Fact.Kind.STORAGE, 0, figure));
        }
        for (String device : entities.otherDevices()) {
            updated = updated.knowing(new Fact(Fact.Kind.DEVICE, 0, device));
        }
        return updated;
    }

    /** The iOS version as the user wrote it ("17.4"), when they named one. */
    public Optional<String> iosVersion() {
        for (int i = facts.size() - 1; i >= 0; i--) {
            if (facts.get(i).kind() == Fact.Kind.IOS_VERSION) {
                return Optional.of(facts.get(i).words());
            }
        }
        return ios().isPresent() ? Optional.of(String.valueOf(iosMajor)) : Optional.empty();
    }

    private Session withIosVersion(String version) {
        if (iosVersion().filter(version::equals).isPresent()) {
            return this;
        }
        List<Fact> others = facts.stream().filter(f -> f.kind() != Fact.Kind.IOS_VERSION).toList();
        return new Session(stage, currentFix, attempts, phoneModel, iosMajor, pending, askedInARow, shown,
                bounded(appended(others, new Fact(Fact.Kind.IOS_VERSION, 0, version)), MAX_FACTS), notes, transcript,
                        ticket);
    }

    /**
     * A name beats a description that fits it: "iPhone 13" is kept over a later "the one with Face ID", and
     * "iPhone 8" over "it has a Home button".
     */
    private static PhoneModel better(PhoneModel known, PhoneModel found) {
        return known != null && found.isOnlyAFamily() && found.family().includes(known.family()) ? known : found;
    }

    /** Adds a fact unless it is known already; the oldest facts give way past {@link #MAX_FACTS}. */
    public Session knowing(Fact fact) {
        boolean known = facts.stream().anyMatch(f -> f.kind() == fact.kind() && f.fix() == fact.fix()
                && (fact.kind() == Fact.Kind.RULED_OUT || fact.kind() == Fact.Kind.GUARDED
                || f.words().equalsIgnoreCase(fact.words())));
        if (known) {
            return this;
        }
        return new Session(stage, currentFix, attempts, phoneModel, iosMajor, pending, askedInARow, shown,
                bounded(appended(facts, fact), MAX_FACTS), notes, transcript, ticket);
    }

    /** The hand-over open for this conversation, if any. */
    public Optional<HandoffTicket> openTicket() {
        return Optional.ofNullable(ticket);
    }

    /** This session with {@code newTicket} as its open hand-over; null closes it. */
    public Session withTicket(HandoffTicket newTicket) {
        return newTicket == ticket ? this : new Session(stage, currentFix, attempts, phoneModel, iosMajor, pending,
                askedInARow, shown, facts, notes, transcript, newTicket);
    }

    /** Adds a turn to the transcript, keeping the last {@code maxTurns}; 0 keeps none. */
    public Session recording(TranscriptTurn turn, int maxTurns) {
        List<TranscriptTurn> kept = maxTurns <= 0 ? List.of() : bounded(appended(transcript, turn), maxTurns);
        return new Session(stage, currentFix, attempts, phoneModel, iosMajor, pending, askedInARow, shown, facts, notes,
                kept, ticket);
    }

    /** Keeps what the user said about the problem for the handoff, within bounds. */
    public Session noting(String text) {
        if (text.isBlank() || notes.size() >= MAX_NOTES || notes.contains(shorten(text, MAX_NOTE_LENGTH))) {
            return this;
        }
        return new Session(stage, currentFix, attempts, phoneModel, iosMajor, pending, askedInARow, shown, facts,
                appended(notes, shorten(text, MAX_NOTE_LENGTH)), transcript, ticket);
    }

    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split an emoji in half
        }
        return text.substring(0, end) + "…";
    }

    private static <T> List<T> appended(List<T> list, T item) {
        List<T> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(item);
        return out;
    }

    private static <T> List<T> bounded(List<T> list, int max) {
        return list.size() <= max ? list : List.copyOf(list.subList(list.size() - max, list.size()));
    }
}
