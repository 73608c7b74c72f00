package dev.helpbot.core;

import java.util.Locale;

/** The documented conversation states, as a reply reports them (see DESIGN.md). */
public enum ConversationStatus {
    /** Welcomed; waiting to hear what happens. */
    IDLE,
    /** Presenting one fix and asking whether it worked. */
    FIX,
    /** The user said a fix worked. */
    RESOLVED,
    /** Handed over to people, with a summary. */
    ESCALATED,
    /** The last message was not understood or out of scope; the conversation stayed where it was. */
    FALLBACK,
    /** The bot was not sure what was meant and asks, with a button per reading it considers. */
    CLARIFY;

    /** The lower-case name used by {@code chat --json} and metrics. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
