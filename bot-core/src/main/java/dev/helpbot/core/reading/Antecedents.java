package dev.helpbot.core.reading;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "It keeps asking for my apple id password and i forgot it": split into clauses, "i forgot it" has lost
 * what "it" is, and reads as anything. A short clause whose object is a bare "it" is classified with the
 * thing the clause before it named, from the few things people are asked for and forget or lack.
 */
final class Antecedents {

    /** A clause this short leans on the one before it for its object. */
    static final int SHORT_CLAUSE_WORDS = 5;
    private static final Pattern REFERENT = Pattern.compile("(?i)\\b(?:(?:apple\\s*id|apple\\s+account|icloud)\\s+)?"
            + "(?:password|passcode|verification\\s+code|code)\\b|\\bapple\\s*id\\b");
    private static final Pattern BARE_IT = Pattern.compile("(?i)\\bit\\b");
    private static final Pattern POINTER = Pattern.compile("(?i)\\b(?:that|this|it|thats|normal)\\b|^\\W*why\\W*$");

    private Antecedents() {
    }

    /** What {@code clause} says with its "it" spelled out, or the clause itself when there is nothing to spell out. */
    static String resolved(String clause, String before) {
        if (before == null || clause.split("\\s+").length > SHORT_CLAUSE_WORDS || !BARE_IT.matcher(clause).find()) {
            return clause;
        }
        Matcher referent = REFERENT.matcher(before);
        String named = null;
        while (referent.find()) {
            named = referent.group();
        }
        return named == null ? clause
                : BARE_IT.matcher(clause).replaceFirst(Matcher.quoteReplacement("my " + named.toLowerCase(Locale.ROOT)));
    }

    /**
     * "Is that bad", "is this normal", "why": a question about what the clause before it said, with no
     * topic of its own. It is about the same thing as that clause.
     */
    static boolean pointsBack(String question) {
        return question.split("\\s+").length <= SHORT_CLAUSE_WORDS - 1 && POINTER.matcher(question).find()
                && !REFERENT.matcher(question).find();
    }

    /** Each clause resolved against the one before it. */
    static List<String> resolved(List<String> clauses) {
        String[] out = new String[clauses.size()];
        for (int i = 0; i < clauses.size(); i++) {
            out[i] = resolved(clauses.get(i), i == 0 ? null : clauses.get(i - 1));
        }
        return List.of(out);
    }
}
