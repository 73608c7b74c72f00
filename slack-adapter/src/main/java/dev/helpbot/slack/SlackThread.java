package dev.helpbot.slack;

import java.util.Objects;

/**
 * Where a conversation lives in Slack: a channel and the thread in it, or the channel's top level
 * (a DM with the bot). Its {@link #conversationId()} is the channel part of the conversation key.
 *
 * @param channelId the channel, private channel or DM id
 * @param threadTs  the ts of the thread's parent message, or null for the top level
 */
record SlackThread(String channelId, String threadTs) {

    /** Stands for the top level in keys and button values, where a thread ts would be. */
    static final String TOP_LEVEL = "main";

    SlackThread {
        Objects.requireNonNull(channelId, "channelId");
        if (TOP_LEVEL.equals(threadTs)) {
            threadTs = null;
        }
    }

    String conversationId() {
        return channelId + ":" + threadPart();
    }

    String threadPart() {
        return threadTs == null ? TOP_LEVEL : threadTs;
    }

    boolean isDirectMessage() {
        return channelId.startsWith("D");
    }
}
