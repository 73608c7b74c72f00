package dev.helpbot.core.dialogue;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Choice ids are {@code intent} or {@code intent:argument}. Answers to a fix carry the fix number
 * ({@code worked:4}) so that a button pressed on an old message can be told apart from a current one.
 */
public final class ChoiceIds {

    private ChoiceIds() {
    }

    public static String of(String intent, Object argument) {
        return intent + ":" + argument;
    }

    /** A parsed choice id. */
    public record Parsed(String intent, Optional<String> argument) {
        public OptionalInt number() {
            if (argument.isEmpty() || !argument.get().matches("\\d{1,3}")) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(argument.get()));
        }
    }

    public static Parsed parse(String id) {
        int colon = id.indexOf(':');
        if (colon < 0) {
            return new Parsed(id, Optional.empty());
        }
        return new Parsed(id.substring(0, colon), Optional.of(id.substring(colon + 1)));
    }
}
