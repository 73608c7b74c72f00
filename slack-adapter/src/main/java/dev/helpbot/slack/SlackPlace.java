package dev.helpbot.slack;

import dev.helpbot.core.channel.Place;
import java.io.IOException;

/**
 * Where a conversation lives in Slack: a channel and the thread in it, or the channel's top level (a DM with the
 * bot). Its {@link #conversationId()} is the channel part of the conversation key.
 *
 * @param threadTs         the ts of the thread's parent message, or null for the top level
 * @param respond  answers the person privately through a command's {@code response_url}, which works even where the
 *                 bot is not a member; null where there is no command. A command answered where it was typed, with no
 *                 thread (the team's stats, or when no thread could be started), is answered this way too.
 */
record SlackPlace(String workspace, String channelId, String threadTs, Respond respond) implements Place {

    /** Stands for the top level in keys and button tokens, where a thread ts would be. */
    static final String TOP_LEVEL = "main";

    /** Posts one ephemeral mrkdwn message through a {@code response_url}. */
    @FunctionalInterface
    interface Respond {
        void send(String mrkdwn) throws IOException;
    }

    SlackPlace {
        threadTs = TOP_LEVEL.equals(threadTs) ? null : threadTs;
    }

    /** The thread under the message at {@code ts}, keeping how to answer privately. */
    SlackPlace inThread(String ts) {
        return new SlackPlace(workspace, channelId, ts, respond);
    }

    @Override
    public String threadKey() {
        return threadTs == null ? null : channelId + ":" + threadTs;
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
