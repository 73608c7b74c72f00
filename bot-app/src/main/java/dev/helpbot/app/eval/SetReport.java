package dev.helpbot.app.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helpbot.app.eval.ConversationPlayer.TurnResult;
import dev.helpbot.core.Reply;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pass rates of a played set, by turn and by conversation, and every failing turn in full. */
public final class SetReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REPLY_PREVIEW = 160;

    private final List<TurnResult> results;

    public SetReport(List<TurnResult> results) {
        this.results = List.copyOf(results);
    }

    public List<TurnResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    public int judgedTurns() {
        return (int) results.stream().filter(TurnResult::judged).count();
    }

    public int passedTurns() {
        return (int) results.stream().filter(r -> r.judged() && r.passed()).count();
    }

    public int conversations() {
        return byConversation().size();
    }

    /** Conversations in which every turn passed. */
    public int passedConversations() {
        return (int) byConversation().values().stream().filter(Boolean::booleanValue).count();
    }

    private Map<String, Boolean> byConversation() {
        Map<String, Boolean> passed = new LinkedHashMap<>();
        for (TurnResult result : results) {
            passed.merge(result.conversation(), result.passed(), Boolean::logicalAnd);
        }
        return passed;
    }

    /** Every turn of the conversations whose id contains {@code idPart}: what was said, expected and answered. */
    public void printTurns(PrintWriter out, String idPart) {
        for (TurnResult result : results) {
            if (!result.conversation().contains(idPart)) {
                continue;
            }
            out.println((result.passed() ? "ok   " : "FAIL ") + result.ref() + "  " + result.turn().describe());
            result.turn().expect().ifPresent(e -> out.println("       expected: " + e.states() + " fix " + e.fixes()));
            Reply reply = result.reply();
            if (reply != null) {
                out.println("       answered: " + reply.status().wireName() + ", fix " + reply.fix() + ", intent "
                        + reply.intent() + String.format(" %.2f", reply.confidence()) + " | " + preview(reply.text()));
            }
        }
        out.flush();
    }

    public void printText(PrintWriter out) {
        for (TurnResult failure : failures()) {
            out.println("FAIL " + failure.ref());
            out.println("  said:     " + failure.turn().describe());
            out.println("  problem:  " + String.join("; ", failure.problems()));
            Reply reply = failure.reply();
            if (reply != null) {
                out.println("  answered: " + reply.status().wireName() + ", fix " + reply.fix() + ", intent "
                        + reply.intent() + String.format(" %.2f", reply.confidence()));
                out.println("            " + preview(reply.text()));
            }
        }
        out.printf("turns:         %d of %d passed (%s)%n", passedTurns(), judgedTurns(), percent(passedTurns(), judgedTurns()));
        out.printf("conversations: %d of %d passed every turn (%s)%n", passedConversations(), conversations(),
                percent(passedConversations(), conversations()));
        out.flush();
    }

    public ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("turns", judgedTurns());
        root.put("turns_passed", passedTurns());
        root.put("turn_pass_rate", rate(passedTurns(), judgedTurns()));
        root.put("conversations", conversations());
        root.put("conversations_passed", passedConversations());
        root.put("conversation_pass_rate", rate(passedConversations(), conversations()));
        ArrayNode failing = root.putArray("failures");
        for (TurnResult failure : failures()) {
            ObjectNode item = failing.addObject();
            item.put("turn", failure.ref());
            item.put("said", failure.turn().describe());
            ArrayNode problems = item.putArray("problems");
            failure.problems().forEach(problems::add);
            Reply reply = failure.reply();
            if (reply != null) {
                item.put("state", reply.status().wireName());
                if (reply.fix() == null) {
                    item.putNull("fix");
                } else {
                    item.put("fix", reply.fix());
                }
                item.put("intent", reply.intent());
                item.put("text", reply.text());
            }
        }
        return root;
    }

    private static String preview(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= REPLY_PREVIEW ? oneLine : oneLine.substring(0, REPLY_PREVIEW) + "…";
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : Math.round(10000.0 * part / whole) / 10000.0;
    }

    private static String percent(int part, int whole) {
        return String.format("%.1f%%", whole == 0 ? 0 : 100.0 * part / whole);
    }
}
