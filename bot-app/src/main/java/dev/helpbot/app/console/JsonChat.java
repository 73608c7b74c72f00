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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The {@code chat --json} scripting protocol (DESIGN.md): one JSON object per input line in, exactly one
 * per line out, flushed, in order. {@code {"user": "u1", "text": "..."}} or {@code {"user": "u1",
 * "choice": "<id>"}}; {@code user} defaults to {@code console}; a line that is not a JSON object is the
 * text of user {@code console}.
 */
public final class JsonChat {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULT_USER = "console";

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
        String user = DEFAULT_USER;
        IncomingMessage message;
        if (request == null) {
            message = IncomingMessage.text(ConversationKey.console(user), line);
        } else {
            JsonNode userNode = request.get("user");
            if (userNode != null && userNode.isTextual() && !userNode.asText().isBlank()) {
                user = userNode.asText();
            }
            ConversationKey key = ConversationKey.console(user);
            JsonNode choice = request.get("choice");
            JsonNode text = request.get("text");
            message = choice != null && choice.isTextual()
                    ? IncomingMessage.choice(key, choice.asText())
                    : IncomingMessage.text(key, text != null && text.isValueNode() ? text.asText() : "");
        }
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
