package dev.helpbot.core.dialogue;

import dev.helpbot.core.ConversationStatus;

/** Where a stored conversation stands. {@code fallback} is a reply status, never a stored stage. */
public enum Stage {
    IDLE(ConversationStatus.IDLE),
    FIX(ConversationStatus.FIX),
    RESOLVED(ConversationStatus.RESOLVED),
    ESCALATED(ConversationStatus.ESCALATED);

    private final ConversationStatus status;

    Stage(ConversationStatus status) {
        this.status = status;
    }

    /** The status a reply reports while the conversation stands here. */
    public ConversationStatus status() {
        return status;
    }
}
