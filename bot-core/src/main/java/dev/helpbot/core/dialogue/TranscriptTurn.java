package dev.helpbot.core.dialogue;

import dev.helpbot.core.ConversationStatus;
import java.util.Objects;

/**
 * One turn of a conversation as the support team's note shows it: what the person said or pressed, and what the bot
 * did in answer. Kept small, because every conversation stores its last turns (in Redis, for millions of them): the
 * person's words as typed (at most {@value #MAX_WORDS} characters), or the id of the choice they pressed, and only
 * the state and fix the bot answered with, whose sentences the note writes from content when it is rendered.
 *
 * @param said     how the person spoke
 * @param words    the text typed, a command's arguments, or the id of the choice pressed; at most {@value #MAX_WORDS}
 *                 characters, an ellipsis included
 * @param answered the state the bot's answer left the conversation in
 * @param fix      the fix the answer showed, or 0
 */
public record TranscriptTurn(Said said, String words, ConversationStatus answered, int fix) {

    /** The team reads turns at a glance; a long message is cut to this, with an ellipsis. */
    public static final int MAX_WORDS = 200;

    /** How the person spoke. */
    public enum Said {
        TEXT,
        /** Pressed a button; {@code words} is the choice id, shown by its label. */
        CHOICE,
        /** Ran the slash command; {@code words} are the command as typed. */
        COMMAND,
        /** Sent only a picture or file; {@code words} are empty. */
        ATTACHMENT
    }

    public TranscriptTurn {
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(answered, "answered");
        words = Session.shorten(Objects.requireNonNull(words, "words"), MAX_WORDS - 1);
    }
}
