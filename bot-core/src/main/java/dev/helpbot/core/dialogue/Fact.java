package dev.helpbot.core.dialogue;

import java.util.Objects;

/**
 * Something the user told the bot about their situation, kept in their own words for the person who
 * may take over.
 *
 * @param kind  what sort of fact
 * @param fix   for {@link Kind#RULED_OUT}, the fix the fact makes pointless; 0 otherwise
 * @param words the user's words ("the switch is already on"), or the figure or device they named
 */
public record Fact(Kind kind, int fix, String words) {

    public static final int MAX_WORDS = 120;

    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(words, "words");
        words = Session.shorten(words, MAX_WORDS);
    }

    public enum Kind {
        /** A fact or an earlier attempt that rules a fix out. */
        RULED_OUT,
        /** Another device mentioned in passing, e.g. an old iPad whose backup takes space. */
        DEVICE,
        /** A storage figure, e.g. "30gb free". */
        STORAGE,
        /** The iOS version as written, e.g. "17.4"; the handoff names it beside the phone. */
        IOS_VERSION
    }
}
