package dev.helpbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code helpbot.jar} as a user would, after {@code package}: the quickstart command,
 * the JSON protocol over real pipes, and a start-up error from a bad setting.
 */
class HelpbotJarIT {

    private static final Path JAR = Path.of("target", "helpbot.jar");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private record Run(int exitCode, String stdout, String stderr) {
    }

    private Run run(String stdin, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("HELPBOT_") || name.endsWith("_TOKEN")
                || name.startsWith("SLACK_") || name.equals("REDIS_URL"));
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("helpbot exits by itself").isTrue();
        return new Run(process.exitValue(), Files.readString(folder.resolve("out.txt")),
                Files.readString(folder.resolve("err.txt")));
    }

    @Test
    void chatJson_firstMessageNamingASymptom_landsOnItsFix_andOffTopicFallsBack() throws Exception {
        Run run = run("{\"user\":\"a\",\"text\":\"my icloud storage is full\"}\n"
                + "{\"user\":\"b\",\"text\":\"tell me a joke about cats\"}\n"
                + "{\"user\":\"c\",\"text\":\"wifi keeps dropping 😩\"}\n", Map.of(), "chat", "--json");
        assertThat(run.exitCode()).isZero();
        String[] lines = run.stdout().split("\n");
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("state").asText()).isEqualTo("fix");
        assertThat(first.get("fix").asInt()).isEqualTo(4);
        assertThat(JSON.readTree(lines[1]).get("state").asText()).isEqualTo("fallback");
        assertThat(JSON.readTree(lines[2]).get("fix").asInt()).isEqualTo(2);
        assertThat(run.stderr()).contains("engine ready in");
    }

    @Test
    void chatJson_withJsonLogs_writesOneParseableJsonObjectPerStderrLine_noneWithWhatWasTyped() throws Exception {
        Path config = folder.resolve("json-logs.yaml");
        Files.writeString(config, "log:\n  format: json\n");
        String typed = "{\"user\":\"u1\",\"text\":\"my wifi keeps dropping beside the quokka aquarium\"}\n";
        for (Run run : List.of(run(typed, Map.of("HELPBOT_LOG_FORMAT", "json", "HELPBOT_LOG_LEVEL", "DEBUG"), "chat", "--json"),
                run(typed, Map.of("HELPBOT_LOG_LEVEL", "DEBUG"), "chat", "--json", "--config", config.toString()))) {
            assertThat(run.exitCode()).isZero();
            assertThat(JSON.readTree(run.stdout()).get("fix").asInt()).isEqualTo(2);
            List<String> lines = run.stderr().lines().filter(line -> !line.isBlank()).toList();
            assertThat(lines).anyMatch(line -> line.contains("engine ready in")).anyMatch(line -> line.contains("event=message"));
            for (String line : lines) {
                JsonNode event = JSON.readTree(line);
                assertThat(event.path("level").asText()).as(line).isNotEmpty();
                assertThat(event.path("formattedMessage").isTextual()).as(line).isTrue();
                assertThat(line).doesNotContain("quokka").doesNotContain("aquarium");
            }
        }
    }

    @Test
    void run_withoutTokens_opensTheConsoleChat() throws Exception {
        Run run = run("my backup keeps failing\nquit\n", Map.of());
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).contains("Fix 1 of 9").contains("[1] Yes, it backed up");
        assertThat(run.stderr()).contains("starting the console chat");
    }

    @Test
    void badSetting_stopsStartUpWithOneMessageNamingTheKey() throws Exception {
        Path config = folder.resolve("bad.yaml");
        Files.writeString(config, "engine:\n  max_message_length: -5\n");
        Run run = run("", Map.of(), "chat", "--config", config.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("bad.yaml: engine.max_message_length").doesNotContain("Exception");
        assertThat(run.stdout()).isEmpty();
    }
}
