package dev.helpbot.core.reading;

import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Reading.Kind;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.dialogue.Stage;
import dev.helpbot.core.dialogue.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a message says of a backup running, read against what else it says. */
final class Progress {

    /** "it backed up on its own this morning", "backed up in like 10 min": told as done, when or how fast, with no "not". */
    private static final Pattern BACKED_UP_SINCE = Pattern.compile("(?i)(?<!\\bnot |\\bnever |n't |nt )\\bbacked\\s*up\\b"
            + "(?=.*\\b(?:this morning|last night|overnight|today|tonight|on its own|by itself|just now|finally|earlier"
            + "|in\\s+(?:like\\s+|about\\s+|under\\s+|~)?\\d+\\s*(?:min|mins|minutes|secs?|seconds|hours?|hrs?))\\b)"
            + "|\\bfinally\\s+backed\\s*up\\b");

    /** "it got to the end and said backup failed": how a run went, told as what happened. */
    private static final Pattern TOLD_HOW_IT_WENT = Pattern.compile(
            "(?i)\\b(?:got to the end|it said|then said|and said|ended with|came back with|gave me|finished with|ran a backup|"
                    + "ran one|ran it|tried (?:it |one )?again|tried a backup|(?:hit|tapped|pressed) back up now)\\b");
    /** "it was literally mid backup": how the person knows a fact, not a run now. */
    private static final Pattern WAS_RUNNING = Pattern.compile(
            "(?i)\\bwas\\s+(?:\\w+\\s+)?(?:mid[- ]?backup|in the middle of (?:a |the )?backup|backing up when)\\b");

    private Progress() {
    }

    /**
     * On a fix, "it stopped at 92% and says backup failed" tells how the run went: beside a clause about
     * the backup running, or told as what happened ("it got to the end and said backup failed"), "backup
     * failed" is the fix not helping, not the problem restated.
     */
    static List<Turn.Clause> asFailedRun(List<Turn.Clause> clauses, Session session, String text) {
        boolean ran = clauses.stream().anyMatch(c -> c.reading().kind() == Kind.IN_PROGRESS) || TOLD_HOW_IT_WENT.matcher(text).find();
        if (session.stage() != Stage.FIX || !ran) {
            return clauses;
        }
        return clauses.stream().map(c -> c.reading().kind() == Kind.GENERIC
                ? new Turn.Clause(c.words(), new Reading.NotWorked(), c.confidence()) : c).toList();
    }

    /**
     * "Battery drains super fast, like 50% by noon": beside a clear near miss, a weakly read progress
     * report is the near miss's own figure, not a backup running; and in "how do i cancel my icloud
     * plan, dont need 200gb anymore" a weakly read fact is the near miss's own reason, not about storage.
     */
    static List<Turn.Clause> besideANearMiss(List<Turn.Clause> clauses) {
        boolean clearNearMiss = clauses.stream().anyMatch(c -> c.reading().kind() == Kind.NEAR_MISS
                && c.confidence() >= TextReading.CLEAR_NEAR_MISS);
        if (!clearNearMiss) {
            return clauses;
        }
        List<Turn.Clause> kept = clauses.stream().filter(c -> (c.reading().kind() != Kind.IN_PROGRESS
                && c.reading().kind() != Kind.RULED_OUT) || c.confidence() >= TextReading.CLEAR_NEAR_MISS).toList();
        return kept.isEmpty() ? clauses : kept;
    }

    /**
     * "its green now and it backed up on its own this morning": a backup told as done, by its words, is a
     * success however the classifier read it (unsure, or as still running), and what the message said of it
     * running came before the end. "it was literally mid backup" is how they know a fact: a detail.
     */
    static List<Turn.Clause> finished(List<Turn.Clause> clauses) {
        clauses = clauses.stream().map(c -> (c.reading().kind() == Kind.WORKED || c.reading().kind() == Kind.IN_PROGRESS)
                && WAS_RUNNING.matcher(c.words()).find() ? new Turn.Clause(c.words(), new Reading.Detail(), c.confidence()) : c)
                .toList();
        int done = -1;
        for (int i = 0; i < clauses.size(); i++) {
            Kind kind = clauses.get(i).reading().kind();
            if ((kind == Kind.WORKED || kind == Kind.IN_PROGRESS) && BACKED_UP_SINCE.matcher(clauses.get(i).words()).find()) {
                done = i;
            }
        }
        if (done < 0) {
            return clauses;
        }
        List<Turn.Clause> read = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Turn.Clause clause = clauses.get(i);
            if (i == done) {
                read.add(new Turn.Clause(clause.words(), new Reading.Worked(true), clause.confidence()));
            } else if (i > done || clause.reading().kind() != Kind.IN_PROGRESS) {
                read.add(clause);
            }
        }
        return read;
    }
}
