package dev.helpbot.discord;

import dev.helpbot.core.channel.SettingChecks;

/** Where a Discord conversation runs; the {@code discord.conversation_mode} setting. */
public enum ConversationMode {
    /** Its own public thread off the channel message: the channel stays readable, staff can join in. */
    THREAD,
    /** Replies right in the channel. */
    INLINE,
    /** Replies only the asking person can see; mentions and DMs, which have no interaction, get inline replies. */
    EPHEMERAL,
    /**
     * A private thread in the channel, with the person added: only they and those who may manage threads (the
     * support team) see it; the command's answer saying so is theirs alone.
     */
    PRIVATE_THREAD;

    /** Reads {@code thread}, {@code inline}, {@code ephemeral} or {@code private_thread}, in any case. */
    public static ConversationMode parse(String value) {
        return SettingChecks.oneOf("discord.conversation_mode", value, ConversationMode.class);
    }
}
