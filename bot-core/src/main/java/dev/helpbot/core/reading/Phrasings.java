package dev.helpbot.core.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ways of saying things that the classifier, reading words and not their order, gets wrong; each says what
 * it catches. The readings that use them are in {@link ReadingMap}.
 */
final class Phrasings {

    static final Pattern ABOUT_BACKUPS = Pattern.compile("\\bback(?:s|ed|ing)?\\s*-?\\s*ups?\\b|\\bicloud\\b");
    static final Pattern REACH_SOMEONE = Pattern.compile(
            "(?i)\\b(?:reach|contact|talk to|speak (?:to|with)|get hold of|get in touch with|message|ping|get me)\\b");
    /** "just pull up the ios update one", "do the reset one": asking for a fix by name, whatever its words resemble. */
    static final Pattern ASKS_FOR_ONE = Pattern.compile(
            "(?i)\\b(?:pull up|show(?: me)?|go(?: back)? to|take me to|open|bring up|back to|switch to|jump to|try|do)\\b"
                    + ".*\\bone\\b");
    static final Pattern ERROR_GONE = Pattern.compile(
            "(?i)\\bno\\s+(?:more\\s+)?errors?\\b(?!\\s+(?:message\\s+)?(?:but|just|yet))|\\berrors?\\s+(?:is\\s+|are\\s+|has\\s+|have\\s+)?(?:gone|went away|disappeared)\\b");
    /** A short question about "them" or "that" on a fix: "how long should i hold them". */
    static final Pattern SHORT_POINTING_QUESTION = Pattern.compile(
            "(?i)^\\W*(?:how|what|where|which|when|do|does|should|can)\\b(?:\\W+\\w+){0,5}?\\W+(?:them|it|that|this|those)\\W*$");
    /** Words that open a question: an answer about a fix is never asked this way. */
    static final Pattern ASKS_FIRST = Pattern.compile(
            "(?i)^\\W*(?:can|could|will|would|should|shall|is|are|does|do|how|what|why|when|where|which)\\b");
    static final Pattern SERVICE_DOWN = Pattern.compile("(?i)\\bis\\s+([\\w.'-]+(?:\\s+[\\w.'-]+)?)\\s+down\\b");
    static final Pattern APPLE_SERVICE = Pattern.compile(
            "(?i)(?:the\\s+)?(?:icloud|apple|apples|apple's|it|everything|backup|backups|icloud backup|servers?|the servers?)");
    /** A question about what the bot itself said. */
    static final Pattern ABOUT_THE_BOTS_WORDS = Pattern.compile(
            "(?i)\\bwhat\\s+do\\s+(?:you|u|ya)\\s+mean\\b|\\bwhat\\s+does\\s+(?:that|this|it)\\s+mean\\b|\\bwhat\\s+(?:do|does)\\s+.{1,40}\\s+mean\\b");

    /** "ok whats the first thing i should try", "how do i make it back up": with no fix on screen, asking to begin the walk. */
    static final Pattern ASKS_WHERE_TO_START = Pattern.compile("(?i)\\bwhat(?:'?s|\\s+is)?\\s+(?:the\\s+)?first\\s+"
            + "(?:thing|step|fix)\\b|\\bwhere\\s+(?:do|should|can)\\s+i\\s+(?:start|begin)\\b|\\bwhere\\s+to\\s+start\\b"
            + "|\\bwhat\\s+(?:should|do|can)\\s+i\\s+(?:try|do)\\s+first\\b|\\bwhat\\s+(?:should|do)\\s+i\\s+try\\b"
            // "how do i even make my iphone back up to icloud": asking how to begin is asking for the first fix.
            + "|\\bhow\\s+(?:do|can|should)\\s+i\\s+(?:even\\s+)?(?:make|get|set\\s+up|turn\\s+on|enable|start)\\b.{0,30}"
            + "\\bback(?:s|ing)?\\s*-?\\s*ups?\\b");

    /** "btw", "fyi": what follows is said in passing. */
    static final Pattern IN_PASSING = Pattern.compile("(?i)^\\W*(?:btw|fyi|by the way|oh and|side note|ps)\\b");

    /** "where is it", "i cant find that menu": asking where a step is. */
    static final Pattern ASKS_WHERE = Pattern.compile("(?i)^\\W*(?:where(?:'?s| is| do i| can i)?|i can'?t find|cant find|which menu)\\b");


    /** "when the next minecraft update drops": "the next" or "the new" something's update, not the iPhone's. */
    private static final Pattern PRODUCTS_UPDATE = Pattern.compile("(?i)\\b(?:the|next|new|latest|last)\\s+(?!(?:ios|software|"
            + "system|iphone|iphones|phone|apple|apples|big|major|minor|security|beta|latest|new|next|last|update|recent|"
            + "pending|first|one|stupid|dumb|whole|same|os|firmware|carrier|settings)\\b)[a-z][\\w']*\\s+(?:update|patch)\\b");

    private Phrasings() {
    }

    static boolean anotherProductsUpdate(String words) {
        return PRODUCTS_UPDATE.matcher(words).find();
    }

    static boolean otherServiceDown(String words) {
        Matcher down = SERVICE_DOWN.matcher(words);
        return down.find() && !APPLE_SERVICE.matcher(down.group(1)).matches();
    }
}
