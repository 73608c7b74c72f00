package dev.helpbot.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A help desk's end of the hand-over webhook on 127.0.0.1, checking every call the way the README tells one to, with
 * its own HMAC code: {@code X-Helpbot-Signature} must be {@code v1=} and the hex HMAC-SHA256 of
 * {@code v1:{X-Helpbot-Timestamp}:{body}} under the shared secret, and the timestamp within five minutes. It answers
 * 204 to a call that checks out and 401 to one that does not, and keeps every call in the order it came.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** One call as it arrived. */
    public record Call(String body, String timestamp, String signature, boolean verified) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String event() {
            return json().path("event").asText();
        }

        /** Whether the signature checks out under {@code secret}: a receiver with another secret refuses the call. */
        public boolean verifiesWith(String secret) {
            return WebhookReceiver.verifies(secret, timestamp, body, signature);
        }
    }

    private final HttpServer server;
    private final String secret;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public WebhookReceiver(String secret) throws IOException {
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/hooks/helpbot", this::receive);
        server.start();
    }

    /** Where the bot posts, e.g. {@code http://127.0.0.1:PORT/hooks/helpbot?token=...}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/helpbot?token=test-token");
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Waits until {@code count} calls arrived, or fails naming those that did. */
    public List<Call> await(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (calls.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " webhook calls, got " + calls);
            }
            Thread.sleep(20);
        }
        return calls();
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String timestamp = exchange.getRequestHeaders().getFirst("X-Helpbot-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-Helpbot-Signature");
        boolean verified = verifies(secret, timestamp, body, signature);
        calls.add(new Call(body, timestamp, signature, verified));
        exchange.sendResponseHeaders(verified ? 204 : 401, -1);
        exchange.close();
    }

    /** A receiver's check of a call: signed with {@code secret} over "v1:{timestamp}:{body}", within five minutes. */
    public static boolean verifies(String secret, String timestamp, String body, String signature) {
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        boolean fresh = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), Instant.now()).abs()
                .compareTo(TOLERANCE) < 0;
        return fresh && signature.equals("v1=" + hmac(secret, "v1:" + timestamp + ":" + body));
    }

    private static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
