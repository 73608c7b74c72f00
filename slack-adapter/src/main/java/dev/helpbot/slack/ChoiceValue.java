package dev.helpbot.slack;

import java.util.Objects;
import java.util.Optional;

/**
 * What a button carries, so that a click can be answered with no state kept on our side (even after a
 * restart): whose conversation it belongs to, the thread it lives in, and the core's choice id.
 * Encoded as {@code v1|owner|thread|choiceId}; user ids and thread timestamps never contain '|'.
 */
record ChoiceValue(String ownerUserId, String threadPart, String choiceId) {

    private static final String VERSION = "v1";

    ChoiceValue {
        Objects.requireNonNull(ownerUserId, "ownerUserId");
        Objects.requireNonNull(threadPart, "threadPart");
        Objects.requireNonNull(choiceId, "choiceId");
    }

    String encode() {
        return VERSION + "|" + ownerUserId + "|" + threadPart + "|" + choiceId;
    }

    /** Empty for anything this version did not write, e.g. a value edited by hand or from an old format. */
    static Optional<ChoiceValue> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\|", 4);
        if (parts.length != 4 || !parts[0].equals(VERSION) || parts[1].isBlank() || parts[2].isBlank()
                || parts[3].isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ChoiceValue(parts[1], parts[2], parts[3]));
    }
}
