package dev.helpbot.core.reading;

import java.util.regex.Pattern;

/**
 * The short ways people sign off or acknowledge in chat. The classifier knows "bye" and "gotta go", but abbreviations such
 * as "gn" carry too few features for it, and a bare "go" ("pizza or tacos, go") shares its n-grams with
 * "gotta go" while meaning something else.
 */
final class Farewells {

    private static final String FAREWELL = "(?:gn|g'?night|good\\s*night|goodnight|nite|night(?:\\s+night)?|nighty\\s+night|"
            + "bye+|bye\\s+bye|buh\\s*bye|cya|see\\s+(?:ya|you|u)(?:\\s+later)?|ttyl|later|laters|peace(?:\\s+out)?|"
            + "take\\s+care|adios|ciao|gtg|g2g|gotta\\s+go|got\\s+to\\s+go|have\\s+to\\s+go|i\\s+have\\s+to\\s+go)";
    /** A message of a farewell alone, with "ok" or "thanks" before it and emoji or punctuation after. */
    private static final Pattern ONLY_A_FAREWELL = Pattern.compile("(?i)^[^\\p{L}\\p{N}]*(?:(?:ok(?:ay)?|k|thanks|thx|ty)"
            + "[^\\p{L}\\p{N}]+)?" + FAREWELL + "(?:\\s+(?:all|everyone|guys|y'?all|folks))?[^\\p{L}\\p{N}]*$");
    private static final Pattern ONE_WORD = Pattern.compile("^[^\\p{L}\\p{N}]*[\\p{L}\\p{N}']+[^\\p{L}\\p{N}]*$");


    /** "k", "will do", "got it": a message that only acknowledges, which on a fix means "ok, doing it". */
    private static final Pattern ONLY_AN_ACKNOWLEDGEMENT = Pattern.compile("(?i)^[^\\p{L}\\p{N}]*(?:k+|ok+|okay|okey|okie|kk+|"
            + "alright|aight|got it|gotcha|will do|on it|roger|sure thing|ok will do|ok will try|ok trying|trying now|ok one sec|"
            + "one sec|brb)[^\\p{L}\\p{N}]*$");

    private Farewells() {
    }

    /** "k" or "will do" on its own. */
    static boolean onlyAcknowledges(String text) {
        return ONLY_AN_ACKNOWLEDGEMENT.matcher(text).matches();
    }

    /** "gn 😴", "night all", "ok cya": the message only signs off. */
    static boolean only(String text) {
        return ONLY_A_FAREWELL.matcher(text).matches();
    }

    /** A clause of one word that is no farewell ("go"), however the classifier reads it. */
    static boolean loneWordThatIsNot(String words) {
        return ONE_WORD.matcher(words).matches() && !only(words);
    }
}
