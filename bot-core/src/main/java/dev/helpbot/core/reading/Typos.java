package dev.helpbot.core.reading;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slips people make typing the few words the bot's topic hangs on: "my iphnoe wont bakcup". The
 * classifier reads words it has seen, so "bakcup" is nothing to it. Only two slips are mended, both common
 * and both unlikely to turn one real word into another: two letters swapped, and an inner letter dropped
 * ("setings"). A dropped first or last letter is left alone: "phone" and "setting" are words of their own.
 */
final class Typos {

    private static final List<String> WORDS = List.of("backup", "backups", "iphone", "icloud", "storage", "settings",
            "restart", "update", "charger", "charging", "password", "network", "verify", "account");
    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

    private Typos() {
    }

    static String corrected(String text) {
        Matcher word = WORD.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (word.find()) {
            String typed = word.group();
            String mended = mended(typed.toLowerCase(Locale.ROOT));
            if (mended != null) {
                out = out == null ? new StringBuilder(text.length() + 8) : out;
                out.append(text, copied, word.start()).append(mended);
                copied = word.end();
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static String mended(String typed) {
        if (WORDS.contains(typed)) {
            return null;
        }
        for (String known : WORDS) {
            if (swapped(typed, known) || innerLetterDropped(typed, known)) {
                return known;
            }
        }
        return null;
    }

    private static boolean swapped(String typed, String known) {
        if (typed.length() != known.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < typed.length(); i++) {
            if (typed.charAt(i) != known.charAt(i)) {
                if (first >= 0) {
                    return i == first + 1 && typed.charAt(i) == known.charAt(first) && typed.charAt(first) == known.charAt(i)
                            && typed.substring(i + 1).equals(known.substring(i + 1));
                }
                first = i;
            }
        }
        return false;
    }

    private static boolean innerLetterDropped(String typed, String known) {
        if (typed.length() != known.length() - 1) {
            return false;
        }
        int at = 0;
        while (at < typed.length() && typed.charAt(at) == known.charAt(at)) {
            at++;
        }
        // The letters after the gap must all match; a run of equal letters ("settings") may hide where the gap was.
        return at >= 1 && at <= known.length() - 2 && typed.regionMatches(at, known, at + 1, typed.length() - at);
    }
}
