package dev.helpbot.core;

import java.util.Objects;

/**
 * Identifies one conversation: who is talking, where. Two keys are equal when all four parts are.
 *
 * @param platform  the channel kind, e.g. {@code discord}, {@code slack}, {@code console}
 * @param workspace the Discord guild or Slack team; {@code -} where the platform has none (DMs, console)
 * @param channel   the channel or thread the conversation lives in
 * @param user      the platform's id of the person being helped
 */
public record ConversationKey(String platform, String workspace, String channel, String user) {

    public ConversationKey {
        requirePart("platform", platform);
        requirePart("workspace", workspace);
        requirePart("channel", channel);
        requirePart("user", user);
    }

    /** A key for the console chat, where only the user name varies. */
    public static ConversationKey console(String user) {
        return new ConversationKey("console", "-", "-", user);
    }

    /** A stable, unambiguous string form: parts joined by '|', with '|' and '\' escaped. */
    public String asString() {
        return escape(platform) + '|' + escape(workspace) + '|' + escape(channel) + '|' + escape(user);
    }

    private static String escape(String part) {
        return part.replace("\\", "\\\\").replace("|", "\\|");
    }

    private static void requirePart(String name, String value) {
        Objects.requireNonNull(value, () -> "ConversationKey." + name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("ConversationKey." + name + " must not be blank");
        }
    }
}
