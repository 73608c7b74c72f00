package dev.helpbot.discord;

import java.util.Locale;

/** Where a Discord conversation runs; the {@code discord.conversation_mode} setting. */
public enum ConversationMode {
    /** Its own public thread off the channel message: the channel stays readable, staff can join in. */
    THREAD,
    /** Replies right in the channel. */
    INLINE,
    /** Replies only the asking person can see; mentions and DMs, which have no interaction, get inline replies. */
    EPHEMERAL;

    /** Reads {@code thread}, {@code inline} or {@code ephemeral}, in any case. */
    public static ConversationMode parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("discord.conversation_mode must be thread, inline or ephemeral, got '"
                    + value + "'", e);
        }
    }
}
