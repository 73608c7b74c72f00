package dev.helpbot.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.HandoffEvent;
import dev.helpbot.core.testing.LogCapture;
import dev.helpbot.core.testing.WebhookReceiver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook against a receiver on 127.0.0.1 that checks every signature the way the README tells a help desk to,
 * with its own HMAC code rather than the bot's.
 */
class HandoffWebhookTest {

    private static final String SECRET = "whsec-test-SECRETCANARY-not-real";
    private static final Instant OPENED = Instant.parse("2026-03-02T09:30:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FIRST_RETRY = Duration.ofMillis(40);

    /** What the receiver got: the body, and whether its signature checked out. */
    record Received(String body, boolean verified, long timestamp) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile IntUnaryOperator status = call -> 200;
    private volatile String receiverSecret = SECRET;
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private HttpServer receiver;
    private HandoffWebhook webhook;

    private HandoffWebhook start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        receiver.createContext("/hooks/helpbot", this::receive);
        receiver.start();
        URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/helpbot?token=URLCANARY");
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        webhook = new HandoffWebhook(url, SECRET, request -> client.send(request,
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode(), Clock.systemUTC(), FIRST_RETRY);
        return webhook;
    }

    private void receive(HttpExchange exchange) throws IOException {
        int call = calls.incrementAndGet();
        try {
            hold.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String timestamp = exchange.getRequestHeaders().getFirst("X-Helpbot-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-Helpbot-Signature");
        boolean verified = WebhookReceiver.verifies(receiverSecret, timestamp, body, signature);
        received.add(new Received(body, verified, Long.parseLong(timestamp)));
        int answer = verified ? status.applyAsInt(call) : 401;
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
    }

    @AfterEach
    void stop() {
        if (webhook != null) {
            webhook.close();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void eventsOfOneHandover_arriveInOrder_signed_withTheDocumentedFields() throws Exception {
        start();
        HandoffEvent created = event(HandoffEvent.Kind.CREATED, "m5x2k9q1ab3c", null, OPENED);
        webhook.handoffEvent(created, "slack", Optional.of("https://example.slack.com/archives/C1/p1"));
        webhook.handoffEvent(event(HandoffEvent.Kind.CLAIMED, "m5x2k9q1ab3c", "Ines", OPENED.plusSeconds(420)), "slack",
                Optional.empty());
        webhook.handoffEvent(event(HandoffEvent.Kind.SOLVED, "m5x2k9q1ab3c", "Ines", OPENED.plusSeconds(900)), "slack",
                Optional.empty());

        waitFor(() -> received.size() == 3);

        assertThat(received).allSatisfy(call -> assertThat(call.verified()).as("signature").isTrue());
        assertThat(received.stream().map(call -> field(call, "event")).toList())
                .containsExactly("handoff.created", "handoff.claimed", "handoff.solved");
        JsonNode first = received.get(0).json();
        assertThat(first.fieldNames()).toIterable().containsExactly("event", "id", "platform", "reason", "summary",
                "transcript", "link", "claimed_by", "at");
        assertThat(first.get("id").asText()).isEqualTo("m5x2k9q1ab3c");
        assertThat(first.get("platform").asText()).isEqualTo("slack");
        assertThat(first.get("reason").asText()).isEqualTo("requested");
        assertThat(first.get("summary").asText()).as("plain text, not markup").isEqualTo("Help needed\nFixes tried: none");
        assertThat(first.get("transcript")).hasSize(1);
        assertThat(first.get("transcript").get(0).asText()).isEqualTo("“my backup fails” → fix 1, Turn on iCloud Backup");
        assertThat(first.get("link").asText()).isEqualTo("https://example.slack.com/archives/C1/p1");
        assertThat(first.get("claimed_by").isNull()).isTrue();
        assertThat(first.get("at").asText()).isEqualTo("2026-03-02T09:30:00Z");
        assertThat(received.get(1).json().get("claimed_by").asText()).isEqualTo("Ines");
        assertThat(received.get(1).json().get("link").isNull()).isTrue();
    }

    @Test
    void receiverWithAnotherSecret_failsVerification_andTheRefusalIsNotRetried() throws Exception {
        start();
        receiverSecret = "a-different-secret";

        webhook.handoffEvent(event(HandoffEvent.Kind.CREATED, "h1", null, OPENED), "discord", Optional.empty());

        waitFor(() -> received.size() == 1);
        Thread.sleep(300);
        assertThat(received).singleElement().satisfies(call -> assertThat(call.verified()).isFalse());
    }

    @Test
    void failingReceiver_isTriedFiveTimesAtMost_withGrowingWaits() throws Exception {
        start();
        status = call -> 503;
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        receiver.removeContext("/hooks/helpbot");
        receiver.createContext("/hooks/helpbot", exchange -> {
            arrivals.add(System.nanoTime());
            receive(exchange);
        });

        webhook.handoffEvent(event(HandoffEvent.Kind.CREATED, "h2", null, OPENED), "discord", Optional.empty());

        waitFor(() -> received.size() == 5);
        Thread.sleep(500);
        assertThat(received).hasSize(HandoffWebhook.MAX_TRIES);
        for (int retry = 1; retry < HandoffWebhook.MAX_TRIES; retry++) {
            Duration waited = Duration.ofNanos(arrivals.get(retry) - arrivals.get(retry - 1));
            assertThat(waited).as("wait before try %d: the first wait doubled each time", retry + 1)
                    .isGreaterThanOrEqualTo(FIRST_RETRY.multipliedBy(1L << (retry - 1)));
        }
    }

    @Test
    void retriedEvent_holdsBackTheNextOfItsHandover_butNotOtherHandovers() throws Exception {
        start();
        status = call -> call == 1 ? 500 : 200;

        webhook.handoffEvent(event(HandoffEvent.Kind.CREATED, "slow", null, OPENED), "slack", Optional.empty());
        webhook.handoffEvent(event(HandoffEvent.Kind.CLAIMED, "slow", "Ines", OPENED), "slack", Optional.empty());

        waitFor(() -> received.size() == 3);
        assertThat(received.stream().map(call -> field(call, "event")).toList())
                .containsExactly("handoff.created", "handoff.created", "handoff.claimed");
    }

    @Test
    void handoffEvent_neverWaitsForTheReceiver() throws Exception {
        start();
        hold = new CountDownLatch(1);
        try {
            long started = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                webhook.handoffEvent(event(HandoffEvent.Kind.CREATED, "h" + i, null, OPENED), "slack", Optional.empty());
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(200));
        } finally {
            hold.countDown();
        }
        waitFor(() -> received.size() == 20);
    }

    @Test
    void theUrlAndTheSecret_neverReachTheLog() throws Exception {
        try (LogCapture logs = LogCapture.of(Level.TRACE)) {
            start();
            status = call -> 503;
            webhook.handoffEvent(event(HandoffEvent.Kind.CREATED, "h3", null, OPENED), "slack", Optional.empty());
            waitFor(() -> received.size() == 5);
            Thread.sleep(200);
            assertThat(String.join("\n", logs.lines())).contains("Gave up sending handoff.created of hand-over h3")
                    .doesNotContain("URLCANARY").doesNotContain("SECRETCANARY");
        }
        assertThat(webhook.toString()).doesNotContain("URLCANARY").doesNotContain("SECRETCANARY");
    }

    private static HandoffEvent event(HandoffEvent.Kind kind, String id, String claimedBy, Instant at) {
        Handoff handoff = new Handoff(id, Handoff.Reason.REQUESTED, "**Help needed**\nFixes tried: none",
                List.of("“my backup fails” → fix 1, Turn on iCloud Backup"), OPENED, List.of());
        return new HandoffEvent(kind, handoff, claimedBy, at);
    }

    private static String field(Received call, String name) {
        try {
            return call.json().get(name).asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
