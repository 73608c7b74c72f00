package dev.helpbot.core.reading;

import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Reading.Kind;
import dev.helpbot.core.dialogue.Turn;
import dev.helpbot.core.nlu.Entities;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first message about another device and not the iPhone. Another device named beside the iPhone is a
 * detail of this conversation ("my old ipads backup is huge"); named instead of it, it is the subject,
 * and the bot's fixes are not for it.
 */
final class OtherDevices {

    private static final Pattern NAMES_THE_PHONE = Pattern.compile("\\bi?phones?\\b|\\biphone");
    /** A question answered from content is trusted from this confidence, whatever device it names. */
    static final double CLEAR_QUESTION = 0.7;

    /** "for a gaming laptop": "for" and the few words after it, where a device would be what the question is for. */
    private static final Pattern FOR_WHAT = Pattern.compile("\\bfor\\s+((?:[\\w']+\\s*){1,4})");

    private OtherDevices() {
    }

    private static boolean askedFor(String lower, List<String> devices) {
        Matcher forWhat = FOR_WHAT.matcher(lower);
        while (forWhat.find()) {
            String after = " " + forWhat.group(1).strip() + " ";
            if (devices.stream().anyMatch(device -> after.contains(" " + device + " "))) {
                return true;
            }
        }
        return false;
    }

    /**
     * With no fix on screen. "my ipad wont back up to icloud, says backup failed": a clear near miss is the
     * message, and the failure beside it is the other device's. "whats a good charger for a gaming laptop": a
     * question for the other device, or one the classifier matched to a fix only vaguely, is about that device
     * ("can i charge from my laptop" is about the iPhone, and read clearly).
     */
    static List<Turn.Clause> read(List<Turn.Clause> clauses, Entities found, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (found.otherDevices().isEmpty() || found.phoneModel().isPresent()
                || NAMES_THE_PHONE.matcher(lower).find()) {
            return clauses;
        }
        List<Turn.Clause> aboutTheDevice = clauses.stream().filter(c -> c.reading().kind() == Kind.NEAR_MISS
                && c.confidence() >= TextReading.CLEAR_NEAR_MISS).toList();
        if (!aboutTheDevice.isEmpty()) {
            return aboutTheDevice;
        }
        if (Phrasings.ABOUT_BACKUPS.matcher(lower).find()) {
            return clauses;
        }
        boolean askedForTheDevice = askedFor(lower, found.otherDevices());
        return clauses.stream().map(c -> c.reading().kind() == Kind.QUESTION
                && (askedForTheDevice || c.confidence() < CLEAR_QUESTION)
                ? new Turn.Clause(c.words(), new Reading.OffTopic(), c.confidence()) : c).toList();
    }
}
