package dev.helpbot.core.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.HandoffEvent;
import dev.helpbot.core.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reply as compact JSON, for stores that keep a conversation's last answer beside its session ({@link Answered}), so
 * that a platform's redelivery gets exactly that answer even on another instance: its hand-over too (id, transcript,
 * time) and what it did to one ({@link HandoffEvent}). A reply stored before hand-overs had ids reads with none.
 */
public final class ReplyCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplyCodec() {
    }

    public static String encode(Reply reply) {
        ObjectNode node = JSON.createObjectNode();
        node.put("t", reply.text());
        putChoices(node, "c", reply.choices());
        node.put("s", reply.status().name());
        if (reply.fix() != null) {
            node.put("f", reply.fix());
        }
        node.put("i", reply.intent());
        node.put("p", reply.confidence());
        reply.handoff().ifPresent(handoff -> putHandoff(node.putObject("h"), handoff));
        reply.handoffEvent().ifPresent(event -> {
            ObjectNode e = node.putObject("e").put("k", event.kind().name()).put("at", event.at().toString());
            if (event.claimedBy() != null) {
                e.put("by", event.claimedBy());
            }
            putHandoff(e.putObject("h"), event.handoff());
        });
        return node.toString();
    }

    public static Reply decode(String encoded) {
        try {
            JsonNode node = JSON.readTree(encoded);
            JsonNode handoff = node.path("h");
            JsonNode event = node.path("e");
            return new Reply(node.get("t").asText(), choices(node.path("c")), ConversationStatus.valueOf(node.get("s").asText()),
                    node.hasNonNull("f") ? node.get("f").asInt() : null, node.hasNonNull("i") ? node.get("i").asText() : null,
                    node.path("p").asDouble(), handoff.isObject() ? Optional.of(handoff(handoff)) : Optional.empty(),
                    event.isObject() ? Optional.of(new HandoffEvent(HandoffEvent.Kind.valueOf(event.get("k").asText()),
                            handoff(event.get("h")), event.hasNonNull("by") ? event.get("by").asText() : null,
                            Instant.parse(event.get("at").asText()))) : Optional.empty());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not an encoded reply: " + e.getMessage(), e);
        }
    }

    private static void putHandoff(ObjectNode node, Handoff handoff) {
        node.put("r", handoff.reason().name()).put("s", handoff.summary());
        if (!handoff.id().isEmpty()) {
            node.put("id", handoff.id()).put("at", handoff.openedAt().toString());
        }
        handoff.transcript().forEach(line -> node.withArray("tr").add(line));
        putChoices(node, "c", handoff.choices());
    }

    private static Handoff handoff(JsonNode node) {
        List<String> transcript = new ArrayList<>();
        node.path("tr").forEach(line -> transcript.add(line.asText()));
        return new Handoff(node.path("id").asText(""), Handoff.Reason.valueOf(node.get("r").asText()), node.get("s").asText(),
                transcript, node.hasNonNull("at") ? Instant.parse(node.get("at").asText()) : Instant.EPOCH,
                choices(node.path("c")));
    }

    private static void putChoices(ObjectNode node, String field, List<Choice> choices) {
        choices.forEach(choice -> node.withArray(field).addObject().put("id", choice.id()).put("l", choice.label()));
    }

    private static List<Choice> choices(JsonNode array) {
        List<Choice> choices = new ArrayList<>();
        array.forEach(choice -> choices.add(new Choice(choice.get("id").asText(), choice.get("l").asText())));
        return choices;
    }
}
