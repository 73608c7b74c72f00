package dev.helpbot.core.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.TypedCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON frames of the {@code chat --json} protocol, read and written in one place for every channel that speaks
 * them: the console's scripting protocol (one frame a line, each naming its {@code user}) and the web chat's
 * WebSocket (no {@code user}: the session is the person). A frame is {@code {"text": ...}}, {@code {"choice": ...}}
 * or {@code {"command": ...}}, and a channel may take further kinds of its own (the web chat's {@code contact}).
 * Anything that is not a JSON object is the text of the frame; an object of the wrong shape is an error that names
 * the field, and reaches no conversation.
 */
public final class ChatFrames {

    /** The kinds every channel takes, in the order an error message names them. */
    public static final List<String> MESSAGE_KINDS = List.of("text", "choice", "command");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatFrames() {
    }

    /**
     * One frame, read: its kind and value, or the error to answer it with.
     *
     * @param user  the {@code user} it is from (the channel's default when it named none); null where frames name no
     *              user, and on an error in the {@code user} field itself
     * @param kind  {@code text}, {@code choice}, {@code command} or a channel's own kind; null for an error
     * @param error what is wrong with the frame, naming the field; null when it is well formed
     */
    public record Frame(String user, String kind, String value, String error) {

        /** The message for the conversation at {@code key}; only for {@link #MESSAGE_KINDS}. */
        public IncomingMessage message(ConversationKey key) {
            return switch (Objects.requireNonNull(kind, "an error frame carries no message")) {
                case "choice" -> IncomingMessage.choice(key, value);
                case "command" -> IncomingMessage.command(key, TypedCommand.ofArguments(value));
                case "text" -> TypedCommand.typed(key, value);
                default -> throw new IllegalStateException("a '" + kind + "' frame is the channel's own, not a message");
            };
        }
    }

    /**
     * Reads one frame.
     *
     * @param defaultUser who a frame is from when it names no {@code user} (the console's {@code console}); null where
     *                    frames name no user at all (the web chat), and a frame that does is an error
     * @param ownKinds    kinds the channel takes beside {@link #MESSAGE_KINDS}
     */
    public static Frame read(String frame, String defaultUser, List<String> ownKinds) {
        boolean namesUser = defaultUser != null;
        JsonNode request = parseObject(frame);
        if (request == null) {
            return new Frame(defaultUser, "text", frame, null);
        }
        JsonNode userNode = request.get("user");
        boolean named = userNode != null && !userNode.isNull();
        if (named && !namesUser) {
            return new Frame(null, null, null, "a frame here has no `user`: the session is the person");
        }
        if (named && !userNode.isTextual()) {
            return new Frame(null, null, null, "field `user` must be a string");
        }
        String user = named && !userNode.asText().isBlank() ? userNode.asText() : defaultUser;
        List<String> kinds = new ArrayList<>(MESSAGE_KINDS);
        kinds.addAll(ownKinds);
        List<String> given = new ArrayList<>();
        for (String kind : kinds) {
            JsonNode value = request.get(kind);
            if (value != null && !value.isNull()) {
                if (!value.isTextual()) {
                    return new Frame(user, null, null, "field `" + kind + "` must be a string");
                }
                given.add(kind);
            }
        }
        if (given.size() != 1) {
            String every = String.join("`, `", kinds);
            return new Frame(user, null, null, given.isEmpty() ? "a frame needs one of `" + every + "`"
                    : "a frame carries only one of `" + every + "`, got " + String.join(", ", given));
        }
        return new Frame(user, given.get(0), request.get(given.get(0)).asText(), null);
    }

    /**
     * A reply as one JSON object: {@code state}, {@code fix}, {@code intent}, {@code confidence}, {@code text},
     * {@code choices} and, on a hand-over, {@code handoff}; led by {@code user} when {@code user} is not null.
     */
    public static String reply(String user, Reply reply) {
        ObjectNode out = JSON.createObjectNode();
        if (user != null) {
            out.put("user", user);
        }
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
        return write(out);
    }

    /** {@code {"error": ...}}, led by {@code "user"} where frames name users (null when the user field was wrong). */
    public static String error(Frame frame, boolean namesUser) {
        ObjectNode out = JSON.createObjectNode();
        if (namesUser && frame.user() == null) {
            out.putNull("user");
        } else if (namesUser) {
            out.put("user", frame.user());
        }
        return write(out.put("error", frame.error()));
    }

    /** An object of string fields, in the order given: a channel's own frames ({@code {"notice": ...}}). */
    public static String object(Map<String, String> fields) {
        ObjectNode out = JSON.createObjectNode();
        fields.forEach(out::put);
        return write(out);
    }

    private static JsonNode parseObject(String frame) {
        try {
            JsonNode node = JSON.readTree(frame);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always writes", e);
        }
    }
}
