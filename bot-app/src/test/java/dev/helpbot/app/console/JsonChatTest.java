package dev.helpbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpbot.core.TestBots;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The chat --json contract of DESIGN.md: one object per line, in order, with the documented fields. */
class JsonChatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private List<JsonNode> run(String... lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new JsonChat(TestBots.engine()).run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), out);
        List<JsonNode> replies = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            replies.add(JSON.readTree(line));
        }
        return replies;
    }

    @Test
    void run_oneReplyPerLine_withEveryDocumentedField() throws IOException {
        List<JsonNode> replies = run("{\"user\": \"u1\", \"text\": \"icloud says not enough storage\"}",
                "{\"user\": \"u2\", \"text\": \"what's the best pizza in town\"}",
                "{\"user\": \"u1\", \"choice\": \"worked:4\"}");
        assertThat(replies).hasSize(3);
        for (JsonNode reply : replies) {
            assertThat(reply.has("user") && reply.has("state") && reply.has("fix") && reply.has("intent")
                    && reply.has("confidence") && reply.has("text") && reply.has("choices")).isTrue();
            assertThat(Set.of("idle", "fix", "resolved", "escalated", "fallback")).contains(reply.get("state").asText());
        }
        assertThat(replies.get(0).get("user").asText()).isEqualTo("u1");
        assertThat(replies.get(0).get("state").asText()).isEqualTo("fix");
        assertThat(replies.get(0).get("fix").asInt()).isEqualTo(4);
        assertThat(replies.get(0).get("intent").asText()).isEqualTo("storage_full");
        assertThat(replies.get(0).get("choices").get(0).get("id").asText()).isEqualTo("worked:4");
        assertThat(replies.get(1).get("state").asText()).isEqualTo("fallback");
        assertThat(replies.get(1).get("fix").isNull()).isTrue();
        assertThat(replies.get(2).get("state").asText()).isEqualTo("resolved");
    }

    @Test
    void run_lineThatIsNotJson_isTextOfTheConsoleUser() throws IOException {
        List<JsonNode> replies = run("my wifi keeps dropping out", "[1, 2]", "{\"text\": \"skip\"}");
        assertThat(replies).extracting(r -> r.get("user").asText()).containsOnly("console");
        assertThat(replies.get(0).get("fix").asInt()).isEqualTo(2);
        assertThat(replies.get(1).get("fix").asInt()).isEqualTo(2);
        // Skipping the Wi-Fi fix goes on with the lowest-numbered fix not yet tried.
        assertThat(replies.get(2).get("fix").asInt()).isEqualTo(1);
    }

    @Test
    void run_emptyAndHugeText_getAClearAnswerAndKeepTheConversation() throws IOException {
        List<JsonNode> replies = run("{\"user\": \"u\", \"text\": \"phone is not charging\"}",
                "{\"user\": \"u\", \"text\": \"\"}",
                "{\"user\": \"u\", \"text\": \"" + "a".repeat(20_000) + "\"}");
        assertThat(replies.get(1).get("state").asText()).isEqualTo("fallback");
        assertThat(replies.get(1).get("fix").asInt()).isEqualTo(3);
        assertThat(replies.get(2).get("state").asText()).isEqualTo("fallback");
        assertThat(replies.get(2).get("text").asText()).contains("2000 characters");
        assertThat(replies.get(2).get("fix").asInt()).isEqualTo(3);
    }

    @Test
    void regression_typedBackupHelp_isTheCommandNotAWorkedAnswer() throws IOException {
        List<JsonNode> replies = run("{\"user\": \"u\", \"text\": \"phone is not charging\"}",
                "{\"user\": \"u\", \"text\": \"/backup-help\"}",
                "{\"user\": \"u\", \"text\": \"/backup-help fix 6\"}",
                "/backup-help fix 2");
        assertThat(replies.get(1).get("state").asText()).as("resuming shows the fix on screen").isEqualTo("fix");
        assertThat(replies.get(1).get("fix").asInt()).isEqualTo(3);
        assertThat(replies.get(2).get("state").asText()).isEqualTo("fix");
        assertThat(replies.get(2).get("fix").asInt()).isEqualTo(6);
        assertThat(replies.get(3).get("user").asText()).isEqualTo("console");
        assertThat(replies.get(3).get("fix").asInt()).isEqualTo(2);
    }

    @Test
    void run_commandField_isTheSlashCommand() throws IOException {
        List<JsonNode> replies = run("{\"user\": \"u1\", \"command\": \"fix 4\"}",
                "{\"user\": \"u2\", \"command\": \"\"}",
                "{\"user\": \"u3\", \"command\": \"/backup-help fix 7\"}");
        assertThat(replies.get(0).get("fix").asInt()).isEqualTo(4);
        assertThat(replies.get(1).get("state").asText()).isEqualTo("idle");
        assertThat(replies.get(2).get("fix").asInt()).isEqualTo(7);
    }

    @Test
    void run_wrongTypedFields_getAnErrorNamingTheField() throws IOException {
        List<JsonNode> replies = run("{\"user\": 5, \"text\": \"hi\"}",
                "{\"user\": \"u\", \"text\": [\"x\"]}",
                "{\"user\": \"u\", \"choice\": 3}",
                "{\"user\": \"u\"}",
                "{\"user\": \"u\", \"text\": \"hi\", \"choice\": \"worked:1\"}");
        assertThat(replies).hasSize(5).allSatisfy(reply -> assertThat(reply.has("error")).isTrue());
        assertThat(replies.get(0).get("error").asText()).contains("`user`");
        assertThat(replies.get(1).get("error").asText()).contains("`text`");
        assertThat(replies.get(1).get("user").asText()).isEqualTo("u");
        assertThat(replies.get(2).get("error").asText()).contains("`choice`");
        assertThat(replies.get(3).get("error").asText()).contains("one of");
        assertThat(replies.get(4).get("error").asText()).contains("only one");
    }
}
