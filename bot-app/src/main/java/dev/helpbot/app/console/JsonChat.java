package dev.helpbot.app.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.Conversations;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.TypedCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code chat --json} scripting protocol (DESIGN.md): one JSON object per input line in, exactly one
 * per line out, flushed, in order. {@code {"user": "u1", "text": "..."}}, {@code {"user": "u1",
 * "choice": "<id>"}} or {@code {"user": "u1", "command": "fix 4"}}; text that starts with
 * {@code /backup-help} is that command, as on the platforms; {@code user} defaults to {@code console};
 * a line that is not a JSON object is the text of user {@code console}. A JSON object of the wrong
 * shape gets one line with an {@code error} that names the field.
 */
public final class JsonChat {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULT_USER = "console";
    private static final List<String> MESSAGE_FIELDS = List.of("text", "choice", "command");

    private final Conversations engine;

    public JsonChat(Conversations engine) {
        this.engine = engine;
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            out.println(JSON.writeValueAsString(answer(line)));
            out.flush();
        }
    }

    ObjectNode answer(String line) {
        JsonNode request = parseObject(line);
        if (request == null) {
            return toJson(DEFAULT_USER, engine.handle(TypedCommand.typed(ConversationKey.console(DEFAULT_USER), line)));
        }
        JsonNode userNode = request.get("user");
        if (userNode != null && !userNode.isNull() && !userNode.isTextual()) {
            return error(null, "field `user` must be a string");
        }
        String user = userNode != null && userNode.isTextual() && !userNode.asText().isBlank() ? userNode.asText()
                : DEFAULT_USER;
        List<String> given = new ArrayList<>();
        for (String field : MESSAGE_FIELDS) {
            JsonNode value = request.get(field);
            if (value != null && !value.isNull()) {
                if (!value.isTextual()) {
                    return error(user, "field `" + field + "` must be a string");
                }
                given.add(field);
            }
        }
        if (given.size() != 1) {
            return error(user, given.isEmpty() ? "a line needs one of `text`, `choice` or `command`"
                    : "a line carries only one of `text`, `choice` or `command`, got " + String.join(", ", given));
        }
        ConversationKey key = ConversationKey.console(user);
        String value = request.get(given.get(0)).asText();
        IncomingMessage message = switch (given.get(0)) {
            case "choice" -> IncomingMessage.choice(key, value);
            case "command" -> IncomingMessage.command(key, TypedCommand.ofArguments(value));
            default -> TypedCommand.typed(key, value);
        };
        return toJson(user, engine.handle(message));
    }

    private static JsonNode parseObject(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static ObjectNode error(String user, String message) {
        ObjectNode out = JSON.createObjectNode();
        if (user == null) {
            out.putNull("user");
        } else {
            out.put("user", user);
        }
        out.put("error", message);
        return out;
    }

    static ObjectNode toJson(String user, Reply reply) {
        ObjectNode out = JSON.createObjectNode();
        out.put("user", user);
        out.put("state", reply.status().wireName());
        if (reply.fix() == null) {
            out.putNull("fix");
        } else {
            out.put("fix", reply.fix());
        }
        if (reply.intent() == null) {
            out.putNull("intent");
        } else {
            out.put("intent", reply.intent());
        }
        out.put("confidence", Math.round(reply.confidence() * 1000) / 1000.0);
        out.put("text", reply.text());
        ArrayNode choices = out.putArray("choices");
        for (Choice choice : reply.choices()) {
            choices.addObject().put("id", choice.id()).put("label", choice.label());
        }
        reply.handoff().ifPresent(handoff -> out.put("handoff", handoff.summary()));
        return out;
    }
}
