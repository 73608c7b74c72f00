package dev.helpbot.core.dialogue;

/** Where a stored conversation stands. {@code fallback} is a reply status, never a stored stage. */
public enum Stage {
    IDLE, FIX, RESOLVED, ESCALATED
}
