package dev.helpbot.core.content;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A question people ask in the middle of a fix, answered from content ({@code faq.yaml}).
 *
 * @param id        stable identifier
 * @param fix       the fix the question is about, or empty for questions about backups in general
 * @param questions ways people ask it; they also teach the classifier what a question sounds like
 * @param answer    the bot's answer, in the tiny markup
 * @param opensFix  whether asking it with no fix on screen opens its fix ("does it have to be charging?"
 *                  opens the charging fix; "is reset network settings the same as reset all settings?" does not)
 */
public record FaqEntry(String id, OptionalInt fix, List<String> questions, String answer, boolean opensFix) {

    public FaqEntry(String id, OptionalInt fix, List<String> questions, String answer) {
        this(id, fix, questions, answer, true);
    }


    /** Canonical constructor. */
    public FaqEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fix, "fix");
        questions = List.copyOf(questions);
        Objects.requireNonNull(answer, "answer");
    }
}
