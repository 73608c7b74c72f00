package dev.helpbot.core.dialogue;

/** The question the bot asked last and is waiting to hear the answer to, if any. */
public enum Pending {
    NONE,
    /** Which iPhone it is, for a fix whose steps depend on it. */
    PHONE_MODEL,
    /** Whether the backup really went through, after an unsure "it worked" or a bare "done". */
    CONFIRM_WORKED,
    /** Which of two readings was meant. */
    CLARIFY,
    /** The bot did not understand the last message. */
    NOT_UNDERSTOOD
}
