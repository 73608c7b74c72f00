package dev.helpbot.core.channel;

import dev.helpbot.core.Handoff;

/**
 * A channel's staff channel as other channels may use it. A channel whose people the team cannot reach where they
 * talk (the web chat, whose people are anonymous) hands over to the staff channel of one that has one: Discord's or
 * Slack's. That platform cannot link to the conversation, so the note says where it is in words.
 */
@FunctionalInterface
public interface SharedDesk {

    /**
     * Posts the note in the staff channel, pinging the support team as the channel's own hand-overs do.
     *
     * @param fromMarkup the note's first line in the core's markup: where the conversation is, and how to reach the
     *                   person; any user text in it quoted with {@link dev.helpbot.core.Markup#quote}
     * @throws Exception when the platform refuses; the caller decides where the note goes instead
     */
    void post(Handoff handoff, String fromMarkup) throws Exception;
}
