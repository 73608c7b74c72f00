package dev.helpbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The packaged {@code helpbot.jar} with the web chat enabled and nothing else, as an operator starts it, and an
 * independent WebSocket client (Java-WebSocket) in the place of the page: a symptom lands on its fix with choices,
 * a choice moves it on, a reconnect with the same session carries on, hostile text comes back inert, and a frame
 * that is not JSON is answered rather than dropped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class WebChatJarIT {

    private static final Path JAR = Path.of("target", "helpbot.jar");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("Web chat on http://[^:]+:(\\d+)/");

    private Process bot;
    private Path log;
    private int port;

    @BeforeAll
    void startTheJarWithTheWebChat() throws Exception {
        log = Files.createTempFile("helpbot-web", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("HELPBOT_") || name.endsWith("_TOKEN")
                || name.startsWith("SLACK_") || name.equals("REDIS_URL"));
        builder.environment().putAll(Map.of("HELPBOT_WEB_ENABLED", "true", "HELPBOT_WEB_HOST", "127.0.0.1",
                "HELPBOT_WEB_PORT", "0", "HELPBOT_OPS_ENABLED", "false", "HELPBOT_WEB_STAFF_DESK", "none"));
        bot = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (port == 0 && bot.isAlive() && System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(Files.readString(log));
            port = listening.find() ? Integer.parseInt(listening.group(1)) : 0;
            Thread.sleep(100);
        }
        assertThat(port).as("the jar started the web chat: " + Files.readString(log)).isPositive();
        assertThat(Files.readString(log)).doesNotContain("starting the console chat");
    }

    @AfterAll
    void stop() throws Exception {
        if (bot != null) {
            bot.destroy();
            assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("the jar stops on SIGTERM").isTrue();
        }
    }

    @Test
    void symptom_landsOnItsFix_aChoiceMovesItOn_andAReconnectCarriesOn() throws Exception {
        String session = UUID.randomUUID().toString();
        Page page = Page.open(port, session);
        JsonNode fix = page.reply(() -> page.sendJson("text", "icloud says not enough storage"));
        assertThat(fix.get("state").asText()).isEqualTo("fix");
        assertThat(fix.get("fix").asInt()).isEqualTo(4);
        assertThat(fix.get("choices")).extracting(choice -> choice.get("id").asText()).contains("not_worked:4");

        JsonNode pressed = page.reply(() -> page.sendJson("choice", "not_worked:4"));
        int next = pressed.get("fix").asInt();
        assertThat(pressed.get("state").asText()).isEqualTo("fix");
        assertThat(next).isNotEqualTo(4);
        page.closeBlocking();

        Page reloaded = Page.open(port, session);
        JsonNode again = reloaded.reply(() -> reloaded.sendJson("text", "say that again"));
        assertThat(again.get("fix").asInt()).as("the same conversation, on the same fix").isEqualTo(next);
        JsonNode worked = reloaded.reply(() -> reloaded.sendJson("choice", "worked:" + next));
        assertThat(worked.get("state").asText()).isEqualTo("resolved");
    }

    @Test
    void hostileText_comesBackInert() throws Exception {
        Page page = Page.open(port, UUID.randomUUID().toString());
        String hostile = "my backup fails <script>alert(1)</script><img src=x onerror=alert(2)> @everyone "
                + "[click](javascript:alert(3)) **bold**";
        page.reply(() -> page.sendJson("text", hostile));

        JsonNode handedOver = page.reply(() -> page.sendJson("choice", "human"));

        String summary = handedOver.get("handoff").asText();
        assertThat(summary).contains("\u2039script\u203Aalert(1)\u2039/script\u203A").doesNotContain("<script", "<img")
                .contains("@\u200Beveryone").contains("\\[click\\](javascript:alert(3))").contains("\\*\\*bold\\*\\*");
        assertThat(handedOver.get("text").asText()).doesNotContain("<");
    }

    @Test
    void frameThatIsNotJson_getsAnAnswer_andTheSocketStaysOpen() throws Exception {
        Page page = Page.open(port, UUID.randomUUID().toString());

        JsonNode answer = page.reply(() -> page.send("my backup fails {oops"));
        int before = page.frames.size();
        page.send("{\"choice\": 7}");
        JsonNode error = page.await(before, frame -> frame.has("error"));
        JsonNode after = page.reply(() -> page.sendJson("text", "not enough storage"));

        assertThat(answer.get("state").asText()).isIn("fix", "clarify");
        assertThat(error.get("error").asText()).contains("`choice`");
        assertThat(after.get("fix").asInt()).isEqualTo(4);
        assertThat(page.isOpen()).isTrue();
    }

    @Test
    void thePage_isServedWithItsPolicy() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> widget = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/widget.js")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
        assertThat(widget.body()).contains("iframe");
    }

    /** The page's side of the socket: every frame the server sent, in order. */
    private static final class Page extends WebSocketClient {
        final List<JsonNode> frames = new CopyOnWriteArrayList<>();

        private Page(int port, String session) {
            super(URI.create("ws://127.0.0.1:" + port + "/chat?session=" + session));
        }

        static Page open(int port, String session) throws InterruptedException {
            Page page = new Page(port, session);
            assertThat(page.connectBlocking(10, TimeUnit.SECONDS)).as("the handshake").isTrue();
            return page;
        }

        void sendJson(String field, String value) {
            send(JSON.createObjectNode().put(field, value).toString());
        }

        JsonNode reply(Runnable action) throws InterruptedException {
            int before = frames.size();
            action.run();
            return await(before, frame -> frame.has("state"));
        }

        JsonNode await(int from, Predicate<JsonNode> matches) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (int i = from; i < frames.size(); i++) {
                    if (matches.test(frames.get(i))) {
                        return frames.get(i);
                    }
                }
                Thread.sleep(10);
            }
            throw new AssertionError("no such frame within 30 s; got " + frames);
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
        }

        @Override
        public void onMessage(String message) {
            try {
                frames.add(JSON.readTree(message));
            } catch (Exception e) {
                throw new IllegalStateException("not JSON: " + message, e);
            }
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
        }

        @Override
        public void onError(Exception e) {
        }
    }
}
