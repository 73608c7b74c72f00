package dev.helpbot.core.dialogue;

import dev.helpbot.core.nlu.Entities;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message as the policy sees it: everything it says, clause by clause, the facts it carries, and
 * the cleaned text.
 *
 * @param clauses  what each clause was read as, in the order written; at least one
 * @param entities phone model, iOS version, fix and step numbers, storage figures and devices found in it
 * @param text     the sanitized text the user typed, or empty for buttons and commands
 */
public record Turn(List<Clause> clauses, Entities entities, String text) {

    public Turn {
        clauses = List.copyOf(clauses);
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("a turn has at least one reading");
        }
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(text, "text");
    }

    /**
     * One clause and what it says.
     *
     * @param words      the clause as typed, or empty for buttons and commands
     * @param confidence the classifier's probability for the reading; 1.0 for buttons, commands and input checks
     */
    public record Clause(String words, Reading reading, double confidence) {
        public Clause {
            Objects.requireNonNull(words, "words");
            Objects.requireNonNull(reading, "reading");
        }
    }

    /** A reading that did not come from free text. */
    public static Turn of(Reading reading) {
        return of(reading, Entities.NONE);
    }

    public static Turn of(Reading reading, Entities entities) {
        return new Turn(List.of(new Clause("", reading, 1.0)), entities, "");
    }

    /** A message read as one clause, as tests and the simplest readers build it. */
    public static Turn read(String text, Reading reading, double confidence) {
        return new Turn(List.of(new Clause(text, reading, confidence)), Entities.NONE, text);
    }

    public List<Reading> readings() {
        return clauses.stream().map(Clause::reading).toList();
    }

    /** The first reading of this kind, in the order written. */
    public <R extends Reading> Optional<R> first(Class<R> type) {
        return clauses.stream().map(Clause::reading).filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The last reading of this kind: with "skip skip, take me to the update one" the last instruction counts. */
    public <R extends Reading> Optional<R> last(Class<R> type) {
        for (int i = clauses.size() - 1; i >= 0; i--) {
            if (type.isInstance(clauses.get(i).reading())) {
                return Optional.of(type.cast(clauses.get(i).reading()));
            }
        }
        return Optional.empty();
    }

    public <R extends Reading> List<R> all(Class<R> type) {
        return clauses.stream().map(Clause::reading).filter(type::isInstance).map(type::cast).toList();
    }

    /** The classifier's confidence in {@code reading}, or 1.0 for one that came from a button or command. */
    public double confidenceOf(Reading reading) {
        return clauses.stream().filter(c -> c.reading() == reading).mapToDouble(Clause::confidence).findFirst().orElse(1.0);
    }

    /** The words {@code reading} was read from: its clause, or the whole text. */
    public String wordsOf(Reading reading) {
        return clauses.stream().filter(c -> c.reading() == reading).map(Clause::words).filter(w -> !w.isBlank())
                .findFirst().orElse(text);
    }
}
