package dev.helpbot.core.dialogue;

import java.util.Objects;

/**
 * Something the user told the bot about their situation, kept in their own words for the person who
 * may take over.
 *
 * @param kind  what sort of fact
 * @param fix   for {@link Kind#RULED_OUT}, the fix the fact makes pointless; for {@link Kind#GUARDED}, the fix it
 *              makes harmful; 0 otherwise
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
        /**
         * What makes a fix do harm here ("i forgot my apple id password" for signing out): the fix is left out
         * as if ruled out, and asked for, the near miss's answer comes again.
         */
        GUARDED,
        /** Another device mentioned in passing, e.g. an old iPad whose backup takes space. */
        DEVICE,
        /** A storage figure, e.g. "30gb free". */
        STORAGE,
        /** The iOS version as written, e.g. "17.4"; the handoff names it beside the phone. */
        IOS_VERSION
    }
}
