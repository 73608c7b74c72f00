package dev.helpbot.core.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.dialogue.Fact;
import dev.helpbot.core.dialogue.FixAttempt;
import dev.helpbot.core.dialogue.HandoffTicket;
import dev.helpbot.core.dialogue.Pending;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.dialogue.Stage;
import dev.helpbot.core.dialogue.TranscriptTurn;
import dev.helpbot.core.nlu.PhoneModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sessions as compact JSON for external stores such as Redis. Field names are short because millions
 * of sessions may be stored; {@code "v"} is the format version so old entries can still be read after
 * an upgrade. Format 1 (before facts, display history and pending questions) and format 2 (before the transcript
 * and the hand-over ticket) still read. Format 3 writes the transcript as {@code "t"}, one array per turn
 * ({@code [said, words, answered, fix]}), and an open hand-over as {@code "h"}
 * ({@code [id, reason, openedAt, claimerId, claimerName, claimedAt]}); both are left out when empty.
 */
public final class SessionCodec {

    private static final int FORMAT = 3;
    private static final int FIRST_FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionCodec() {
    }

    public static String encode(Session session) {
        ObjectNode node = JSON.createObjectNode();
        node.put("v", FORMAT);
        node.put("s", session.stage().name());
        node.put("f", session.currentFix());
        ArrayNode attempts = node.putArray("a");
        for (FixAttempt attempt : session.attempts()) {
            attempts.add(attempt.fix() + ":" + attempt.outcome().name());
        }
        if (session.phoneModel() != null) {
            node.put("pm", session.phoneModel().name());
            node.put("pf", session.phoneModel().family().name());
        }
        if (session.iosMajor() > 0) {
            node.put("ios", session.iosMajor());
        }
        if (session.pending() != Pending.NONE) {
            node.put("q", session.pending().name());
            node.put("qn", session.askedInARow());
        }
        if (!session.shown().isEmpty()) {
            ArrayNode shown = node.putArray("sh");
            session.shown().forEach(shown::add);
        }
        if (!session.facts().isEmpty()) {
            ArrayNode facts = node.putArray("fa");
            for (Fact fact : session.facts()) {
                facts.addArray().add(fact.kind().name()).add(fact.fix()).add(fact.words());
            }
        }
        ArrayNode notes = node.putArray("n");
        session.notes().forEach(notes::add);
        if (!session.transcript().isEmpty()) {
            ArrayNode transcript = node.putArray("t");
            for (TranscriptTurn turn : session.transcript()) {
                transcript.addArray().add(turn.said().name()).add(turn.words()).add(turn.answered().name()).add(turn.fix());
            }
        }
        HandoffTicket ticket = session.ticket();
        if (ticket != null) {
            node.putArray("h").add(ticket.id()).add(ticket.reason().name()).add(ticket.openedAt()).add(ticket.claimerId())
                    .add(ticket.claimerName()).add(ticket.claimedAt());
        }
        return node.toString();
    }

    /** Reads a session; throws {@link IllegalArgumentException} for anything not written by {@link #encode}. */
    public static Session decode(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable session: " + abbreviate(text), e);
        }
        int format = node == null ? 0 : node.path("v").asInt();
        if (format < FIRST_FORMAT || format > FORMAT) {
            throw new IllegalArgumentException("unknown session format: " + abbreviate(text));
        }
        try {
            List<FixAttempt> attempts = new ArrayList<>();
            for (JsonNode attempt : node.path("a")) {
                String[] parts = attempt.asText().split(":", 2);
                attempts.add(new FixAttempt(Integer.parseInt(parts[0]), FixAttempt.Outcome.valueOf(parts[1])));
            }
            PhoneModel phone = node.has("pm")
                    ? new PhoneModel(node.get("pm").asText(), PhoneModel.Family.ofStoredName(node.get("pf").asText()))
                    : null;
            Pending pending = node.has("q") ? Pending.valueOf(node.get("q").asText())
                    : node.path("ask").asBoolean(false) ? Pending.PHONE_MODEL : Pending.NONE;
            int askedInARow = node.has("qn") ? node.get("qn").asInt() : pending == Pending.NONE ? 0 : 1;
            List<Integer> shown = new ArrayList<>();
            node.path("sh").forEach(n -> shown.add(n.asInt()));
            if (format == FIRST_FORMAT) {
                attempts.forEach(a -> shown.add(a.fix()));
            }
            List<Fact> facts = new ArrayList<>();
            for (JsonNode fact : node.path("fa")) {
                facts.add(new Fact(Fact.Kind.valueOf(fact.get(0).asText()), fact.get(1).asInt(), fact.get(2).asText()));
            }
            List<String> notes = new ArrayList<>();
            node.path("n").forEach(n -> notes.add(n.asText()));
            List<TranscriptTurn> transcript = new ArrayList<>();
            for (JsonNode turn : node.path("t")) {
                transcript.add(new TranscriptTurn(TranscriptTurn.Said.valueOf(turn.get(0).asText()), turn.get(1).asText(),
                        ConversationStatus.valueOf(turn.get(2).asText()), turn.get(3).asInt()));
            }
            JsonNode h = node.path("h");
            HandoffTicket ticket = h.isArray() ? new HandoffTicket(h.get(0).asText(), Handoff.Reason.valueOf(h.get(1).asText()),
                    h.get(2).asLong(), text(h.get(3)), text(h.get(4)), h.get(5).asLong()) : null;
            return new Session(Stage.valueOf(node.path("s").asText()), node.path("f").asInt(), attempts, phone,
                    node.path("ios").asInt(0), pending, askedInARow, shown, facts, notes, transcript, ticket);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable session: " + abbreviate(text), e);
        }
    }

    /** A JSON string, or null for JSON's null. */
    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
