package dev.helpbot.core.dialogue;

import dev.helpbot.core.dialogue.FixAttempt.Outcome;
import dev.helpbot.core.nlu.Entities;
import dev.helpbot.core.nlu.PhoneModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the bot remembers about one conversation. Immutable: every change returns a new session,
 * which keeps the policy a pure function and makes stores free to share instances.
 *
 * @param stage              where the conversation stands
 * @param currentFix         the fix on screen (1-based), or 0 for none
 * @param attempts           fixes shown so far, in the order first shown, with their outcomes
 * @param phoneModel         the iPhone the user named, or null when unknown
 * @param iosMajor           the iOS major version the user named, or 0 when unknown
 * @param awaitingPhoneModel true after the bot asked which iPhone it is
 * @param notes              up to {@link #MAX_NOTES} things the user said about the problem, for the handoff
 */
public record Session(Stage stage, int currentFix, List<FixAttempt> attempts, PhoneModel phoneModel, int iosMajor,
                      boolean awaitingPhoneModel, List<String> notes) {

    public static final int MAX_NOTES = 3;
    public static final int MAX_NOTE_LENGTH = 200;

    public static final Session NEW = new Session(Stage.IDLE, 0, List.of(), null, 0, false, List.of());

    public Session {
        attempts = List.copyOf(attempts);
        notes = List.copyOf(notes);
    }

    public Optional<PhoneModel> phone() {
        return Optional.ofNullable(phoneModel);
    }

    public OptionalInt ios() {
        return iosMajor > 0 ? OptionalInt.of(iosMajor) : OptionalInt.empty();
    }

    public Optional<FixAttempt> attempt(int fix) {
        return attempts.stream().filter(a -> a.fix() == fix).findFirst();
    }

    /** True once the fix has an answer (worked, failed, skipped): such fixes are not offered again unasked. */
    public boolean wasTried(int fix) {
        return attempt(fix).map(a -> a.outcome() != Outcome.SHOWN).orElse(false);
    }

    /** The lowest-numbered fix not yet tried, other than the one on screen. */
    public OptionalInt nextUntried(int playbookSize) {
        for (int fix = 1; fix <= playbookSize; fix++) {
            if (fix != currentFix && !wasTried(fix)) {
                return OptionalInt.of(fix);
            }
        }
        return OptionalInt.empty();
    }

    /** The fix shown just before the current one, for "back". */
    public OptionalInt previousFix() {
        for (int i = 1; i < attempts.size(); i++) {
            if (attempts.get(i).fix() == currentFix) {
                return OptionalInt.of(attempts.get(i - 1).fix());
            }
        }
        return OptionalInt.empty();
    }

    /** This session showing {@code fix}, recorded as shown if it is new. */
    public Session showing(int fix) {
        List<FixAttempt> updated = attempts;
        if (attempt(fix).isEmpty()) {
            updated = new ArrayList<>(attempts);
            updated.add(new FixAttempt(fix, Outcome.SHOWN));
        }
        return new Session(Stage.FIX, fix, updated, phoneModel, iosMajor, false, notes);
    }

    /** Records the user's answer for the fix on screen. */
    public Session answering(Outcome outcome) {
        List<FixAttempt> updated = new ArrayList<>(attempts.size());
        for (FixAttempt attempt : attempts) {
            updated.add(attempt.fix() == currentFix ? attempt.withOutcome(outcome) : attempt);
        }
        return new Session(stage, currentFix, updated, phoneModel, iosMajor, awaitingPhoneModel, notes);
    }

    public Session inStage(Stage newStage) {
        return new Session(newStage, currentFix, attempts, phoneModel, iosMajor, false, notes);
    }

    public Session awaitingPhoneModel(int fix) {
        return new Session(Stage.FIX, fix, showing(fix).attempts(), phoneModel, iosMajor, true, notes);
    }

    /** A fresh conversation that keeps what we know about the phone. */
    public Session restarted() {
        return new Session(Stage.IDLE, 0, List.of(), phoneModel, iosMajor, false, List.of());
    }

    /** Remembers the phone model and iOS version found in a message, keeping earlier facts otherwise. */
    public Session learning(Entities entities) {
        PhoneModel model = entities.phoneModel().orElse(phoneModel);
        int ios = entities.iosMajor().orElse(iosMajor);
        if (model == phoneModel && ios == iosMajor) {
            return this;
        }
        return new Session(stage, currentFix, attempts, model, ios, awaitingPhoneModel, notes);
    }

    /** Keeps what the user said about the problem for the handoff, within bounds. */
    public Session noting(String text) {
        if (text.isBlank() || notes.size() >= MAX_NOTES) {
            return this;
        }
        List<String> updated = new ArrayList<>(notes);
        updated.add(text.length() > MAX_NOTE_LENGTH ? shorten(text) : text);
        return new Session(stage, currentFix, attempts, phoneModel, iosMajor, awaitingPhoneModel, updated);
    }

    private static String shorten(String text) {
        int end = MAX_NOTE_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split an emoji in half
        }
        return text.substring(0, end) + "…";
    }
}
