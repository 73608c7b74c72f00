package dev.helpbot.core.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reply as compact JSON, for stores that keep a conversation's last answer beside its session ({@link Answered}), so
 * that a platform's redelivery gets exactly that answer even on another instance.
 */
public final class ReplyCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplyCodec() {
    }

    public static String encode(Reply reply) {
        ObjectNode node = JSON.createObjectNode();
        node.put("t", reply.text());
        reply.choices().forEach(choice -> node.withArray("c").addObject().put("id", choice.id()).put("l", choice.label()));
        node.put("s", reply.status().name());
        if (reply.fix() != null) {
            node.put("f", reply.fix());
        }
        node.put("i", reply.intent());
        node.put("p", reply.confidence());
        reply.handoff().ifPresent(handoff -> node.putObject("h").put("r", handoff.reason().name())
                .put("s", handoff.summary()));
        return node.toString();
    }

    public static Reply decode(String encoded) {
        try {
            JsonNode node = JSON.readTree(encoded);
            List<Choice> choices = new ArrayList<>();
            node.path("c").forEach(choice -> choices.add(new Choice(choice.get("id").asText(), choice.get("l").asText())));
            JsonNode handoff = node.path("h");
            return new Reply(node.get("t").asText(), choices, ConversationStatus.valueOf(node.get("s").asText()),
                    node.hasNonNull("f") ? node.get("f").asInt() : null, node.hasNonNull("i") ? node.get("i").asText() : null,
                    node.path("p").asDouble(), handoff.isObject() ? Optional.of(new Handoff(
                            Handoff.Reason.valueOf(handoff.get("r").asText()), handoff.get("s").asText())) : Optional.empty());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not an encoded reply: " + e.getMessage(), e);
        }
    }
}
