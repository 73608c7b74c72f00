package dev.helpbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conversation scripts as data ({@code src/test/resources/transcripts/*.yaml}), each played through a
 * fresh {@link ConversationEngine} with the real classifier. A step sends text, a choice id or a
 * command, and checks the reply's state, fix, intent, text and choices.
 */
class TranscriptTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Path> transcripts() throws IOException, URISyntaxException {
        Path folder = Path.of(TranscriptTest.class.getResource("/transcripts").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @DisplayName("transcript")
    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void transcript_playedThroughEngine_repliesAsScripted(Path file) throws IOException {
        JsonNode script;
        try (InputStream in = Files.newInputStream(file)) {
            script = YAML.readTree(in);
        }
        ConversationEngine engine = TestBots.engine();
        ConversationKey key = ConversationKey.console("transcript-user");
        SoftAssertions softly = new SoftAssertions();
        int stepNumber = 0;
        for (JsonNode step : script.get("steps")) {
            stepNumber++;
            Reply reply = engine.handle(message(key, step));
            String where = file.getFileName() + " step " + stepNumber + " (" + describe(step) + ") -> "
                    + reply.status().wireName() + " fix " + reply.fix() + " intent " + reply.intent()
                    + String.format(" %.2f", reply.confidence()) + "\n" + reply.text();
            check(softly, step.get("expect"), reply, where);
        }
        softly.assertAll();
    }

    private static IncomingMessage message(ConversationKey key, JsonNode step) {
        if (step.has("user")) {
            return IncomingMessage.text(key, step.get("user").asText());
        }
        if (step.has("choice")) {
            return IncomingMessage.choice(key, step.get("choice").asText());
        }
        String command = step.get("command").asText();
        int space = command.indexOf(' ');
        return IncomingMessage.command(key, new IncomingMessage.Command(
                space < 0 ? command : command.substring(0, space), space < 0 ? "" : command.substring(space + 1)));
    }

    private static void check(SoftAssertions softly, JsonNode expect, Reply reply, String where) {
        if (expect == null) {
            return;
        }
        if (expect.has("state")) {
            softly.assertThat(reply.status().wireName()).as(where).isEqualTo(expect.get("state").asText());
        }
        if (expect.has("fix")) {
            Integer fix = expect.get("fix").isNull() ? null : expect.get("fix").asInt();
            softly.assertThat(reply.fix()).as(where).isEqualTo(fix);
        }
        if (expect.has("intent")) {
            softly.assertThat(reply.intent()).as(where).isEqualTo(expect.get("intent").asText());
        }
        for (String fragment : texts(expect.get("text_contains"))) {
            softly.assertThat(reply.text()).as(where).contains(fragment);
        }
        for (String fragment : texts(expect.get("text_lacks"))) {
            softly.assertThat(reply.text()).as(where).doesNotContain(fragment);
        }
        List<String> choiceIds = reply.choices().stream().map(Choice::id).toList();
        for (String id : texts(expect.get("choices_include"))) {
            softly.assertThat(choiceIds).as(where).contains(id);
        }
        if (expect.has("handoff")) {
            softly.assertThat(reply.handoff().isPresent()).as(where).isEqualTo(expect.get("handoff").asBoolean());
        }
        for (String fragment : texts(expect.get("handoff_contains"))) {
            softly.assertThat(reply.handoff()).as(where).hasValueSatisfying(
                    h -> assertThat(h.summary()).contains(fragment));
        }
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }

    private static String describe(JsonNode step) {
        return step.has("user") ? "user: " + step.get("user").asText()
                : step.has("choice") ? "choice: " + step.get("choice").asText()
                : "command: " + step.get("command").asText();
    }
}
