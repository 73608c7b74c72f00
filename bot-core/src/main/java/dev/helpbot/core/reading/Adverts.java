package dev.helpbot.core.reading;

import java.util.regex.Pattern;

/**
 * The scam a help channel sees every week: a link with bait ("[click](http://…) for free icloud storage",
 * "free nitro discord.gg/…"). Read for its words it would pass for a fact ("free storage" as room left in
 * iCloud); it is no message to the bot, so it moves nothing.
 */
final class Adverts {

    private static final Pattern LINK = Pattern.compile("(?i)https?://|www\\.|discord\\.gg/|bit\\.ly/");
    /** "Free up space" is how people talk about storage, not bait. */
    private static final Pattern BAIT = Pattern.compile(
            "(?i)\\b(?:free(?!\\s+(?:up|some|space))|click|claim|giveaway|nitro|gift|airdrop|earn|prize|winner|promo"
            + "|crypto|steam)\\b");
    /** A link to Apple's own pages is someone showing what they followed. */
    private static final Pattern APPLE_LINK = Pattern.compile("(?i)(?:https?://|www\\.)(?:[a-z0-9-]+\\.)*apple\\.com\\b");

    private Adverts() {
    }

    static boolean isOne(String text) {
        return LINK.matcher(text).find() && BAIT.matcher(text).find() && !APPLE_LINK.matcher(text).find();
    }
}
