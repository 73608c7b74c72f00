package dev.helpbot.web;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.channel.Place;

/**
 * A web chat conversation: its session, which is also the person, since the page's visitor is anonymous. Every
 * socket of the session (a reload, a second tab) is the same place.
 */
record WebPlace(String session) implements Place {

    @Override
    public String workspace() {
        return "-";
    }

    /** No threads on a web page, so nothing for the kit to own. */
    @Override
    public String threadKey() {
        return null;
    }

    ConversationKey key() {
        return new ConversationKey(WebChannel.PLATFORM, "-", session, session);
    }
}
