package dev.helpbot.core.channel;

import java.util.Objects;
import java.util.Optional;

/**
 * What a button carries, so that a press can be answered with no state kept on our side, even after a restart:
 * whose conversation it belongs to, the place part the platform needs to find the conversation again (Slack's
 * thread; {@value #NO_PLACE} where the press itself says where), and the core's choice id. One codec for every
 * channel: {@code hb1|owner|place|choiceId}. Owner ids and place parts never contain '|'; choice ids may.
 *
 * @param ownerId  the person whose conversation the button moves on
 * @param place    the platform's place part, or {@value #NO_PLACE}
 * @param choiceId the {@link dev.helpbot.core.Choice#id()} the bot offered
 */
public record ChoiceToken(String ownerId, String place, String choiceId) {

    /** The place part of a token whose press says where it happened by itself. */
    public static final String NO_PLACE = "-";

    private static final String PREFIX = "hb1|";
    /** Tokens written before the shared codec: Discord's custom ids, then Slack's button values. */
    private static final String LEGACY_DISCORD = "hb:";
    private static final String LEGACY_SLACK = "v1|";

    public ChoiceToken {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(choiceId, "choiceId");
        if (ownerId.isBlank() || ownerId.contains("|") || place.isBlank() || place.contains("|") || choiceId.isBlank()) {
            throw new IllegalArgumentException("a choice token needs an owner and a place without '|', and a choice id");
        }
    }

    /** A token for a button whose press names its own channel, as on Discord. */
    public static ChoiceToken of(String ownerId, String choiceId) {
        return new ChoiceToken(ownerId, NO_PLACE, choiceId);
    }

    public String encode() {
        return PREFIX + ownerId + '|' + place + '|' + choiceId;
    }

    /** The token, or empty when it would not fit the platform's limit for button ids or values. */
    public Optional<String> encode(int maxLength) {
        String encoded = encode();
        return encoded.length() <= maxLength ? Optional.of(encoded) : Optional.empty();
    }

    /** Empty for anything the bot did not write: another app's button, a value edited by hand. */
    public static Optional<ChoiceToken> decode(String encoded) {
        if (encoded == null) {
            return Optional.empty();
        }
        if (encoded.startsWith(PREFIX) || encoded.startsWith(LEGACY_SLACK)) {
            String[] parts = encoded.split("\\|", 4);
            return parts.length == 4 ? parsed(parts[1], parts[2], parts[3]) : Optional.empty();
        }
        if (encoded.startsWith(LEGACY_DISCORD)) {
            int ownerEnd = encoded.indexOf(':', LEGACY_DISCORD.length());
            return ownerEnd < 0 ? Optional.empty()
                    : parsed(encoded.substring(LEGACY_DISCORD.length(), ownerEnd), NO_PLACE, encoded.substring(ownerEnd + 1));
        }
        return Optional.empty();
    }

    private static Optional<ChoiceToken> parsed(String ownerId, String place, String choiceId) {
        try {
            return Optional.of(new ChoiceToken(ownerId, place, choiceId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
