package dev.helpbot.discord;

import java.util.Optional;

/**
 * Button custom ids: {@code hb:<owner user id>:<choice id>}. The owner travels in the id so a click can be
 * checked against the person the conversation belongs to without any stored state, even after a restart.
 */
final class ButtonIds {

    /** Discord rejects custom ids longer than this. */
    static final int MAX_LENGTH = 100;

    private static final String PREFIX = "hb:";

    private ButtonIds() {
    }

    /** A decoded custom id. */
    record Decoded(String ownerId, String choiceId) {
    }

    /** The custom id, or empty when it would not fit Discord's limit. */
    static Optional<String> encode(String ownerId, String choiceId) {
        String id = PREFIX + ownerId + ':' + choiceId;
        return id.length() <= MAX_LENGTH ? Optional.of(id) : Optional.empty();
    }

    /** Empty for ids another version or another feature of the bot made. */
    static Optional<Decoded> decode(String customId) {
        if (customId == null || !customId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int ownerEnd = customId.indexOf(':', PREFIX.length());
        if (ownerEnd <= PREFIX.length() || ownerEnd == customId.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Decoded(customId.substring(PREFIX.length(), ownerEnd), customId.substring(ownerEnd + 1)));
    }
}
