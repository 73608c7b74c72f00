package dev.helpbot.app.eval;

import dev.helpbot.app.eval.ConversationScript.Expectation;
import dev.helpbot.app.eval.ConversationScript.ScriptTurn;
import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Plays conversation scripts through an engine, each as its own conversation, and judges every turn
 * against its expectation. Later turns see the bot's real state, so one misreading can cost the turns
 * after it, as it would with a real person.
 */
public final class ConversationPlayer {

    /** Button roles a script may press, by the intent part of the bot's choice ids. */
    private static final Map<String, String> ROLES = Map.of(
            "worked", "worked", "not_worked", "not_worked", "skip", "skip", "back", "back", "human", "human",
            "start_over", "start_over", "back_to_bot", "back_to_bot", "start_fix_one", "backup_fails",
            "storage_full", "storage_full");
    private static final String COMMAND_NAME = "backup-help";

    private final ConversationEngine engine;

    public ConversationPlayer(ConversationEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    public List<TurnResult> play(List<ConversationScript> scripts) {
        List<TurnResult> results = new ArrayList<>();
        int index = 0;
        for (ConversationScript script : scripts) {
            results.addAll(play(script, ConversationKey.console("eval-" + index++)));
        }
        return results;
    }

    List<TurnResult> play(ConversationScript script, ConversationKey key) {
        List<TurnResult> results = new ArrayList<>();
        Reply last = null;
        for (ScriptTurn turn : script.turns()) {
            Optional<IncomingMessage> message = message(key, turn, last);
            if (message.isEmpty()) {
                results.add(new TurnResult(script.id(), turn, null,
                        List.of("no button `" + turn.value() + "` among " + labels(last))));
                continue;
            }
            Reply reply = engine.handle(message.get());
            if (!reply.text().isEmpty() || !reply.choices().isEmpty()) {
                // While people have the conversation, the bot posts nothing: the buttons of the last message it
                // posted ("Back to the bot") are still the latest on screen.
                last = reply;
            }
            List<String> problems = turn.expect().map(e -> judge(e, reply)).orElse(List.of());
            results.add(new TurnResult(script.id(), turn, reply, problems));
        }
        return results;
    }

    private static Optional<IncomingMessage> message(ConversationKey key, ScriptTurn turn, Reply last) {
        return switch (turn.action()) {
            case TYPE -> Optional.of(IncomingMessage.text(key, turn.value()));
            case ATTACHMENT -> Optional.of(IncomingMessage.attachmentOnly(key));
            case COMMAND -> Optional.of(IncomingMessage.command(key, new IncomingMessage.Command(COMMAND_NAME, turn.value())));
            case PRESS -> pressed(last, turn.value()).map(choice -> IncomingMessage.choice(key, choice.id()));
        };
    }

    static Optional<Choice> pressed(Reply last, String roleOrLabel) {
        if (last == null) {
            return Optional.empty();
        }
        return last.choices().stream().filter(choice -> matches(choice, roleOrLabel)).findFirst();
    }

    private static boolean matches(Choice choice, String roleOrLabel) {
        String role = ROLES.get(roleOrLabel);
        if (role != null) {
            String id = choice.id();
            int colon = id.indexOf(':');
            return (colon < 0 ? id : id.substring(0, colon)).equals(role);
        }
        return choice.label().toLowerCase(Locale.ROOT).contains(roleOrLabel.toLowerCase(Locale.ROOT));
    }

    static List<String> judge(Expectation expect, Reply reply) {
        List<String> problems = new ArrayList<>();
        String state = reply.status().wireName();
        if (!expect.states().isEmpty() && !expect.states().contains(state)) {
            problems.add("state " + state + ", expected " + oneOf(expect.states()));
        }
        if (expect.fixGiven() && !expect.fixes().contains(reply.fix())) {
            problems.add("fix " + reply.fix() + ", expected " + oneOf(expect.fixes()));
        }
        if (reply.fix() != null && expect.notFixes().contains(reply.fix())) {
            problems.add("fix " + reply.fix() + ", which should not be shown here");
        }
        String text = reply.text().toLowerCase(Locale.ROOT);
        for (String fragment : expect.says()) {
            if (!text.contains(fragment.toLowerCase(Locale.ROOT))) {
                problems.add("reply does not say \"" + fragment + "\"");
            }
        }
        for (String fragment : expect.notSays()) {
            if (text.contains(fragment.toLowerCase(Locale.ROOT))) {
                problems.add("reply says \"" + fragment + "\"");
            }
        }
        for (String wanted : expect.choices()) {
            if (reply.choices().stream().noneMatch(choice -> matches(choice, wanted))) {
                problems.add("no button `" + wanted + "` among " + labels(reply));
            }
        }
        expect.handoff().ifPresent(wanted -> {
            if (wanted != reply.handoff().isPresent()) {
                problems.add(wanted ? "no handoff" : "an unexpected handoff");
            }
        });
        String summary = reply.handoff().map(h -> h.summary().toLowerCase(Locale.ROOT)).orElse(null);
        for (String fragment : expect.handoffSays()) {
            if (summary == null) {
                problems.add("no handoff summary to say \"" + fragment + "\"");
            } else if (!summary.contains(fragment.toLowerCase(Locale.ROOT))) {
                problems.add("handoff summary does not say \"" + fragment + "\"");
            }
        }
        return problems;
    }

    private static String oneOf(List<?> values) {
        return values.size() == 1 ? String.valueOf(values.get(0)) : "one of " + values;
    }

    private static String labels(Reply reply) {
        return reply == null ? "[]" : reply.choices().stream().map(Choice::label).toList().toString();
    }

    /**
     * One judged turn.
     *
     * @param reply    null when the turn could not be played (its button was not offered)
     * @param problems empty when the turn passed
     */
    public record TurnResult(String conversation, ScriptTurn turn, Reply reply, List<String> problems) {
        public TurnResult {
            problems = List.copyOf(problems);
        }

        public boolean passed() {
            return problems.isEmpty();
        }

        public boolean judged() {
            return turn.expect().isPresent() || reply == null;
        }

        /** How the known-failures file names this turn. */
        public String ref() {
            return conversation + "#" + turn.number();
        }
    }
}
