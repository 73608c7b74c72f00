package dev.helpbot.core.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns {@code faq.yaml} into {@link Faq} and {@code near_misses.yaml} into {@link NearMisses}, checking references. */
final class FaqParser {

    /** An answer longer than this is a wall of text in a chat. */
    static final int MAX_ANSWER_LENGTH = 400;

    private final List<ContentProblem> problems;

    FaqParser(List<ContentProblem> problems) {
        this.problems = problems;
    }

    Faq parseFaq(JsonNode root, Playbook playbook) {
        YamlFields fields = new YamlFields(ContentLoader.FAQ_FILE, problems);
        List<FaqEntry> entries = new ArrayList<>();
        Map<String, String> idPaths = new HashMap<>();
        List<JsonNode> nodes = fields.objectList(root, "faq");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            if (node == null) {
                continue;
            }
            Optional<String> id = fields.requiredText(node, "id", "faq[" + i + "]");
            String path = "faq[" + i + "]" + id.map(value -> " (" + value + ")").orElse("");
            id.ifPresent(value -> {
                String earlier = idPaths.putIfAbsent(value, path);
                if (earlier != null) {
                    fields.problem(path + ".id", "id '" + value + "' is already used by " + earlier);
                }
            });
            OptionalInt fix = OptionalInt.empty();
            JsonNode fixNode = node.get("fix");
            if (fixNode != null && !fixNode.isNull()) {
                if (!fixNode.isInt() || !playbook.hasFix(fixNode.asInt())) {
                    fields.problem(path + ".fix", "must be a fix number from 1 to " + playbook.size() + ", or left out");
                } else {
                    fix = OptionalInt.of(fixNode.asInt());
                }
            }
            List<String> questions = fields.textList(node, "questions", path, true);
            Optional<String> answer = fields.requiredText(node, "answer", path);
            answer.filter(text -> text.length() > MAX_ANSWER_LENGTH).ifPresent(text -> fields.problem(path + ".answer",
                    "is " + text.length() + " characters; keep an answer under " + MAX_ANSWER_LENGTH));
            JsonNode opens = node.get("opens_fix");
            if (opens != null && !opens.isBoolean()) {
                fields.problem(path + ".opens_fix", "must be true or false");
            }
            if (opens != null && fix.isEmpty()) {
                fields.problem(path + ".opens_fix", "needs fix: which fix it would open");
            }
            if (id.isPresent() && answer.isPresent() && !questions.isEmpty()) {
                entries.add(new FaqEntry(id.get(), fix, questions, answer.get(), opens == null || opens.asBoolean()));
            }
        }
        return new Faq(entries);
    }

    NearMisses parseNearMisses(JsonNode root, NluData nlu, Playbook playbook) {
        YamlFields fields = new YamlFields(ContentLoader.NEAR_MISSES_FILE, problems);
        List<NearMiss> entries = new ArrayList<>();
        Map<String, String> intentPaths = new HashMap<>();
        List<JsonNode> nodes = fields.objectList(root, "near_misses");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            if (node == null) {
                continue;
            }
            Optional<String> intent = fields.requiredText(node, "intent", "near_misses[" + i + "]");
            String path = "near_misses[" + i + "]" + intent.map(value -> " (" + value + ")").orElse("");
            JsonNode byNameOnly = node.get("by_name_only");
            if (byNameOnly != null && !byNameOnly.isBoolean()) {
                fields.problem(path + ".by_name_only", "must be true or false");
            }
            boolean foundByName = byNameOnly != null && byNameOnly.asBoolean();
            intent.ifPresent(value -> {
                if (foundByName && nlu.intentNames().contains(value)) {
                    fields.problem(path + ".by_name_only", "intent '" + value + "' has examples in " + ContentLoader.NLU_FILE
                            + ", so the classifier reads it; leave by_name_only out");
                } else if (!foundByName && !nlu.intentNames().contains(value)) {
                    fields.problem(path + ".intent", "intent '" + value + "' is not declared in " + ContentLoader.NLU_FILE
                            + "; add its examples there, or set by_name_only with named_by phrases");
                }
                String earlier = intentPaths.putIfAbsent(value, path);
                if (earlier != null) {
                    fields.problem(path + ".intent", "intent '" + value + "' already has an answer at " + earlier);
                }
            });
            Optional<String> answer = fields.requiredText(node, "answer", path);
            answer.filter(text -> text.length() > MAX_ANSWER_LENGTH).ifPresent(text -> fields.problem(path + ".answer",
                    "is " + text.length() + " characters; keep an answer under " + MAX_ANSWER_LENGTH));
            OptionalInt insteadOf = OptionalInt.empty();
            JsonNode fixNode = node.get("instead_of_fix");
            if (fixNode != null && !fixNode.isNull()) {
                if (!fixNode.isInt() || !playbook.hasFix(fixNode.asInt())) {
                    fields.problem(path + ".instead_of_fix", "must be a fix number from 1 to " + playbook.size()
                            + ", or left out");
                } else {
                    insteadOf = OptionalInt.of(fixNode.asInt());
                }
            }
            JsonNode leaves = node.get("leaves_the_fix");
            if (leaves != null && !leaves.isBoolean()) {
                fields.problem(path + ".leaves_the_fix", "must be true or false");
            }
            if (leaves != null && leaves.asBoolean() && insteadOf.isEmpty()) {
                fields.problem(path + ".leaves_the_fix", "needs instead_of_fix: which fix to leave");
            }
            List<String> namedBy = fields.textList(node, "named_by", path, foundByName).stream()
                    .map(phrase -> phrase.toLowerCase(Locale.ROOT)).toList();
            if (intent.isPresent() && answer.isPresent()) {
                entries.add(new NearMiss(intent.get(), answer.get(), insteadOf, leaves != null && leaves.asBoolean(),
                        namedBy));
            }
        }
        return new NearMisses(entries);
    }
}
