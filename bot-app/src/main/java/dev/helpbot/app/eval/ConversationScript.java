package dev.helpbot.app.eval;

import java.util.List;
import java.util.Optional;

/**
 * One conversation of a test set: what the person does at each turn and what a support agent would
 * expect the bot to do (see {@code intents/conversations/README.md}).
 *
 * @param id    {@code set/file} or {@code set/file/entry} for files that hold several conversations
 * @param turns in order
 */
public record ConversationScript(String id, String description, List<ScriptTurn> turns) {

    public ConversationScript {
        turns = List.copyOf(turns);
    }

    /** What the person does. */
    public enum Action {
        /** Types the text. */
        TYPE,
        /** Presses a button of the bot's last reply, by role or label fragment. */
        PRESS,
        /** Runs {@code /backup-help} with the text as its arguments. */
        COMMAND,
        /** Sends only a picture, named by the text. */
        ATTACHMENT
    }

    /**
     * @param number 1-based, as reports and the known-failures file name it
     * @param expect empty when the turn is played but not judged
     */
    public record ScriptTurn(int number, Action action, String value, Optional<Expectation> expect) {
        public String describe() {
            return switch (action) {
                case TYPE -> "user: \"" + value + '"';
                case PRESS -> "press: " + value;
                case COMMAND -> "command: /backup-help" + (value.isEmpty() ? "" : " " + value);
                case ATTACHMENT -> "attachment: " + value;
            };
        }
    }

    /**
     * What a good agent would do. Every list means "any of these"; an empty list does not constrain.
     *
     * @param states     acceptable wire states
     * @param fixes      acceptable fixes on screen; a {@code null} element means "no fix"
     * @param fixGiven   whether {@code fix} was stated at all
     */
    public record Expectation(List<String> states, List<Integer> fixes, boolean fixGiven, List<Integer> notFixes,
                              List<String> says, List<String> notSays, List<String> choices,
                              Optional<Boolean> handoff, List<String> handoffSays) {
    }
}
