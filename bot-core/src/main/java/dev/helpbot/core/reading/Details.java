package dev.helpbot.core.reading;

import dev.helpbot.core.content.Fix;
import dev.helpbot.core.dialogue.Intents;
import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Reading.Kind;
import dev.helpbot.core.nlu.Entities;
import dev.helpbot.core.nlu.Interpretation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When what a clause says is only a detail to note: the phone, another device, a figure. */
final class Details {

    /** Devices whose backups go somewhere other than iCloud. */
    private static final Set<String> NOT_ON_ICLOUD = Set.of("android", "samsung", "galaxy", "pixel", "windows pc", "pc");
    private static final Pattern BACKS_UP = Pattern.compile("(?i)\\bback(?:s|ed|ing)?\\s*ups?\\b");
    private static final Pattern ONLY_A_FIGURE = Pattern.compile(
            "(?i)\\W*(?:like|about|around|~)?\\s*\\d{1,4}(?:[.,]\\d{1,2})?\\s?(?:gb|tb|mb|gigs?)\\W*");

    private static final Pattern SAYS_BACK = Pattern.compile("(?i)\\bback\\b|\\b(?:previous|last|other)\\s+(?:one|fix|step)\\b");

    /** "Its the phone storage thats full, not icloud": the iPhone's own space, which updates need and backups don't. */
    private static final Pattern PHONE_STORAGE = Pattern.compile("(?i)\\b(?:i?phone|device)(?:'?s)?\\s+(?:own\\s+)?"
            + "(?:storage|space|memory)\\b|\\bnot\\s+(?:the\\s+|in\\s+)?icloud\\b|\\b(?:storage|space)\\s+on\\s+(?:my|the)\\s+i?phone\\b"
            + "|\\b(?:left|free|available)\\s+on\\s+(?:my|the)\\s+i?phone\\b");

    static final double NEARLY_FULL = 0.9;
    private static final String AMOUNT = "(\\d{1,4}(?:\\.\\d{1,2})?)\\s*(?:gb|tb|g|gigs?)?";
    private static final Pattern WHOLE_WITH_USED = Pattern.compile("(?i)\\b" + AMOUNT + "\\s+(?:with|and)\\s+" + AMOUNT
            + "\\s+(?:used|full|taken)\\b");
    private static final Pattern USED_OF_WHOLE = Pattern.compile("(?i)\\b" + AMOUNT + "\\s*(?:of|out of|/)\\s*" + AMOUNT
            + "\\s+(?:used|full|taken)\\b");

    private Details() {
    }

    /**
     * While the bot waits for the iPhone model, a clause that names one is the answer, whatever else the
     * classifier made of "its a 13 pro"; so is a clause that only names a model or an iOS version anywhere
     * the classifier could not place it.
     */
    static Reading asDetail(Reading reading, Entities found, boolean expectingModel, String words) {
        boolean movesElsewhere = reading.kind() == Kind.NAVIGATE || reading.kind() == Kind.ASK_PERSON
                || reading.kind() == Kind.WORKED || reading.kind() == Kind.NOT_WORKED;
        if (expectingModel && found.phoneModel().isPresent() && !movesElsewhere) {
            return new Reading.Detail();
        }
        if (found.phoneModel().isPresent() && (reading.kind() == Kind.NOT_UNDERSTOOD || reading.kind() == Kind.DID_IT)) {
            // "ok settings > general > about says iphone xr": the model is what it tells, not that the fix was done.
            return new Reading.Detail();
        }
        if (found.describesThePhone() && reading.kind() == Kind.NOT_UNDERSTOOD) {
            return new Reading.Detail();
        }
        if (reading.kind() == Kind.RULED_OUT && ONLY_A_FIGURE.matcher(words).matches()) {
            // "12gb" on its own says how big something is, not that there is room.
            return new Reading.Detail();
        }
        if ((reading.kind() == Kind.RULED_OUT || reading.kind() == Kind.SYMPTOM) && !found.otherDevices().isEmpty()
                && found.otherDevices().stream().allMatch(NOT_ON_ICLOUD::contains) && BACKS_UP.matcher(words).find()) {
            // "my samsung backs up fine" tells nothing about iCloud or the iPhone: that phone backs up elsewhere.
            return new Reading.Detail();
        }
        if (reading instanceof Reading.Navigate navigate && navigate.move() == Reading.Move.BACK && !found.otherDevices().isEmpty()
                && !SAYS_BACK.matcher(words).find()) {
            // "the previous iphone 11s backup is like 25gb": "previous" is that device's, not the fix before.
            return new Reading.Detail();
        }
        if (found.describesThePhone() && reading.kind() == Kind.QUESTION && !TextReading.ASKED.matcher(words).find()) {
            // "its the one with face id not the home button if that matters" tells, it does not ask.
            return new Reading.Detail();
        }
        return reading;
    }

    /** "only 2 gigs left on the phone": the iPhone's own space, which updates need and backups don't. */
    static boolean namesThePhonesOwnStorage(String words) {
        return PHONE_STORAGE.matcher(words).find();
    }

    /**
     * A fact of room in iCloud that is not one: "i've only got like 2 gigs left on the phone" is the iPhone's own
     * space, a detail; "50gb with 48 used" is nearly full, the storage fix's own symptom.
     */
    static Optional<Reading> roomThatIsNot(Fix ruledOut, String words) {
        if (!ruledOut.alsoCalled().contains("storage")) {
            return Optional.empty();
        }
        if (nearlyFull(words)) {
            return Optional.of(new Reading.Symptom(ruledOut.number(), ruledOut.symptomIntent()));
        }
        return namesThePhonesOwnStorage(words) ? Optional.of(new Reading.Detail()) : Optional.empty();
    }

    /** "50gb with 48 used", "48 of 50gb used": the used part is nine tenths of the whole or more. */
    static boolean nearlyFull(String words) {
        Matcher withUsed = WHOLE_WITH_USED.matcher(words);
        if (withUsed.find()) {
            return Double.parseDouble(withUsed.group(2)) >= NEARLY_FULL * Double.parseDouble(withUsed.group(1));
        }
        Matcher usedOf = USED_OF_WHOLE.matcher(words);
        return usedOf.find() && Double.parseDouble(usedOf.group(1)) >= NEARLY_FULL * Double.parseDouble(usedOf.group(2));
    }

    /** "its my old iphone 8 backup taking 40gb lol": unsure what it means for the fix, but worth noting. */
    static boolean namesOtherThings(Entities found) {
        return !found.otherDevices().isEmpty() || !found.storageFigures().isEmpty();
    }

    /** An unsure clause that names the phone is a detail only when the model thinks it may be one. */
    static boolean ranksDetail(Interpretation interpretation) {
        List<Interpretation.RankedIntent> ranking = interpretation.ranking();
        return ranking.stream().limit(2).anyMatch(r -> r.intent().equals(Intents.DEVICE_DETAIL));
    }
}
