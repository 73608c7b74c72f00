package dev.helpbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.testing.LogCapture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The web chat on loopback, through an independent WebSocket client and HTTP client, as a page and a browser use it. */
@Timeout(120)
class WebChannelEndToEndTest {

    private static final String HANDOFF_MESSAGE = "Thanks, the **support team** has it.";

    private final FakeStaffDesk desk = new FakeStaffDesk();
    private WebChannel web;

    private WebChannel start(WebSettings settings) throws Exception {
        web = new WebChannel(settings, TestBots.channelRuntime(), desk);
        web.start();
        return web;
    }

    private WebChannel start() throws Exception {
        return start(WebSettings.local(HANDOFF_MESSAGE));
    }

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
        }
    }

    private static String session() {
        return UUID.randomUUID().toString();
    }

    @Test
    void symptom_landsOnItsFix_withChoices_andEveryFieldOfTheProtocol() throws Exception {
        WebChatClient page = WebChatClient.connect(start().port(), session());

        JsonNode reply = page.reply(() -> page.sendJson("text", "icloud says not enough storage"));

        assertThat(reply.get("state").asText()).isEqualTo("fix");
        assertThat(reply.get("fix").asInt()).isEqualTo(4);
        assertThat(reply.get("intent").asText()).isEqualTo("storage_full");
        assertThat(reply.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(reply.get("text").asText()).contains("Fix 4 of 9");
        assertThat(reply.get("choices")).extracting(choice -> choice.get("id").asText()).contains("worked:4", "not_worked:4");
        assertThat(reply.has("user")).isFalse();
    }

    @Test
    void reconnect_withTheSameSession_continuesTheConversation() throws Exception {
        String session = session();
        WebChatClient first = WebChatClient.connect(start().port(), session);
        first.reply(() -> first.sendJson("text", "icloud says not enough storage"));
        first.closeBlocking();

        WebChatClient again = WebChatClient.connect(web.port(), session);
        JsonNode next = again.reply(() -> again.sendJson("choice", "not_worked:4"));

        assertThat(next.get("state").asText()).isEqualTo("fix");
        assertThat(next.get("fix").asInt()).as("the next fix, not the welcome").isNotEqualTo(4).isPositive();
    }

    @Test
    void everySocketOfASession_getsItsReplies() throws Exception {
        String session = session();
        WebChatClient tab = WebChatClient.connect(start().port(), session);
        WebChatClient otherTab = WebChatClient.connect(web.port(), session);
        WebChatClient someoneElse = WebChatClient.connect(web.port(), session());

        tab.reply(() -> tab.sendJson("text", "my wifi keeps dropping"));

        assertThat(otherTab.await(0, frame -> frame.has("state")).get("fix").asInt()).isEqualTo(2);
        Thread.sleep(200);
        assertThat(someoneElse.frames).isEmpty();
    }

    @Test
    void frameThatIsNotJson_isReadAsText_andWrongShapeGetsAnError_socketStaysOpen() throws Exception {
        WebChatClient page = WebChatClient.connect(start().port(), session());

        JsonNode asText = page.reply(() -> page.send("my backup fails {not json"));
        int before = page.frames.size();
        page.sendJson("choice", null);
        page.send("{\"text\": 42}");
        JsonNode error = page.await(before, frame -> frame.has("error"));
        JsonNode after = page.reply(() -> page.sendJson("text", "not enough storage"));

        assertThat(asText.get("state").asText()).isEqualTo("fix");
        assertThat(error.get("error").asText()).contains("`text`");
        assertThat(after.get("fix").asInt()).isEqualTo(4);
        assertThat(page.isOpen()).isTrue();
    }

    @Test
    void noSessionGiven_theServerIssuesOne() throws Exception {
        WebChatClient page = WebChatClient.connect(start().port(), null);

        String issued = page.await(0, frame -> frame.has("session")).get("session").asText();

        assertThat(UUID.fromString(issued).toString()).isEqualTo(issued);
        WebChatClient again = WebChatClient.connect(web.port(), issued);
        page.reply(() -> page.sendJson("text", "not enough storage"));
        assertThat(again.await(0, frame -> frame.has("state")).get("fix").asInt()).isEqualTo(4);
    }

    @Test
    void handshake_refusesOtherSitesAndIdsThatAreNotUuids() throws Exception {
        start(new WebSettings("127.0.0.1", 0, List.of("https://help.example.com"), HANDOFF_MESSAGE, 0, 0, 8192));
        String own = "http://127.0.0.1:" + web.port();

        assertThat(handshake("not-a-uuid", Map.of())).isFalse();
        assertThat(handshake("../../etc/passwd", Map.of())).isFalse();
        assertThat(handshake(session(), Map.of("Origin", "https://evil.example"))).isFalse();
        assertThat(handshake(session(), Map.of("Origin", "https://help.example.com"))).isTrue();
        assertThat(handshake(session(), Map.of("Origin", own))).as("the chat's own page").isTrue();
        assertThat(handshake(session().toUpperCase(), Map.of())).as("a UUID in capitals is still one").isTrue();
    }

    private boolean handshake(String session, Map<String, String> headers) throws InterruptedException {
        WebChatClient client = new WebChatClient(web.port(), session, headers, frame -> { });
        boolean open = client.connectBlocking(10, TimeUnit.SECONDS);
        client.closeBlocking();
        return open;
    }

    @Test
    void handoff_waitsForTheContact_thenGoesToTheStaffDeskWithIt_andThePersonIsTold() throws Exception {
        WebChatClient page = WebChatClient.connect(start().port(), session());
        page.reply(() -> page.sendJson("text", "my backup fails and i tried everything <b>"));

        JsonNode handedOver = page.reply(() -> page.sendJson("choice", "human"));
        assertThat(handedOver.get("state").asText()).isEqualTo("escalated");
        assertThat(handedOver.get("handoff").asText()).contains("\u2039b\u203A");
        assertThat(desk.notes).as("nothing before the contact").isEmpty();
        int before = page.frames.size();
        page.sendJson("contact", "not an address");
        assertThat(page.await(before, frame -> frame.has("error")).get("error").asText()).contains("`contact`");
        page.sendJson("contact", "ana@example.com");

        JsonNode told = page.await(before, frame -> frame.has("notice"));
        assertThat(told.get("notice").asText()).isEqualTo(HANDOFF_MESSAGE);
        assertThat(desk.notes).singleElement().satisfies(note -> {
            assertThat(note.from()).contains("ana@example.com");
            assertThat(note.summary()).isEqualTo(handedOver.get("handoff").asText());
        });
        page.sendJson("contact", "ana@example.com");
        assertThat(page.await(page.frames.size() - 1, frame -> frame.has("error")).get("error").asText())
                .as("a second contact finds no hand-over waiting").contains("no hand-over");
    }

    @Test
    void handoffWithoutAContact_goesToTheTeamWhenTheChannelCloses() throws Exception {
        WebChatClient page = WebChatClient.connect(start().port(), session());
        page.reply(() -> page.sendJson("choice", "human"));

        web.close();

        assertThat(desk.notes).singleElement().satisfies(note -> assertThat(note.from()).contains("no contact"));
    }

    @Test
    void floodFromOneAddress_isToldOnceToSlowDown_thenDropped() throws Exception {
        start(new WebSettings("127.0.0.1", 0, List.of(), HANDOFF_MESSAGE, 1, 3, 8192));
        WebChatClient page = WebChatClient.connect(web.port(), session());
        page.reply(() -> page.sendJson("text", "not enough storage"));
        page.reply(() -> page.sendJson("text", "say that again"));

        page.sendJson("text", "again");
        page.sendJson("text", "and again");
        JsonNode slowDown = page.await(0, frame -> frame.has("notice"));
        Thread.sleep(300);

        assertThat(slowDown.get("notice").asText()).contains("faster than I can keep up");
        assertThat(page.frames).filteredOn(frame -> frame.has("state")).hasSize(2);
        assertThat(page.frames).filteredOn(frame -> frame.has("notice")).hasSize(1);
        assertThat(handshake(session(), Map.of())).as("the address's handshakes count too").isFalse();
    }

    @Test
    void frameOverTheLimit_closesItsSocketAsTooBig() throws Exception {
        start(new WebSettings("127.0.0.1", 0, List.of(), HANDOFF_MESSAGE, 0, 0, 1024));
        WebChatClient page = WebChatClient.connect(web.port(), session());

        page.sendJson("text", "x".repeat(2000));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (page.closeCode() < 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(page.closeCode()).isEqualTo(1009);
    }

    @Test
    void page_isServedWithItsPolicy_itsOwnWords_andNothingFromOutside() throws Exception {
        start(new WebSettings("127.0.0.1", 0, List.of("https://help.example.com"), HANDOFF_MESSAGE, 0, 0, 8192));
        HttpResponse<String> page = get("/");
        HttpResponse<String> script = get("/chat.js");
        HttpResponse<String> widget = get("/widget.js");

        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "connect-src 'self'",
                "frame-ancestors 'self' https://help.example.com").doesNotContain("unsafe");
        assertThat(page.body()).doesNotContainPattern("(src|href)=\"(https?:)?//").contains("role=\"log\"", "aria-live");
        assertThat(script.body()).contains("\"send\":\"Send\"").doesNotContain("/*TEXTS*/").doesNotContain("innerHTML");
        assertThat(widget.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(widget.body()).contains("\"widget_open\":");
        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sessionIds_neverReachTheLogs_evenAtTrace() throws Exception {
        String session = session();
        // Jetty at the level the shipped logback.xml gives it (its warnings would name the URL, session and all); the
        // test's own client quiet, since it is the page's side.
        try (LogCapture logs = LogCapture.of(Level.TRACE, Map.of("org.eclipse.jetty", Level.ERROR,
                "org.java_websocket", Level.WARN))) {
            WebChatClient page = WebChatClient.connect(start().port(), session);
            page.reply(() -> page.sendJson("text", "not enough storage"));
            page.reply(() -> page.sendJson("choice", "human"));
            page.sendJson("contact", "");
            page.await(0, frame -> frame.has("notice"));
            page.send("{\"text\": 1}");
            handshake("not-a-uuid-" + session, Map.of());
            web.close();

            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(session));
        }
    }
}
