package dev.helpbot.app.instances;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's Events API delivery as seen from the bot, behind a load balancer over several bot instances: each event is
 * signed, sent, and sent again with {@code X-Slack-Retry-Num} when it was not acknowledged with a 2xx within 3
 * seconds (a refused connection, a timeout, an error status), up to 3 retries. Slack retries nearly at once, then
 * after 1 and 5 minutes; here the later two come after {@link #RETRY_DELAYS}, a tenth of that, to match the bots'
 * shortened delivery lease. The balancer sends each try to the next instance it believes up, and stops sending to one
 * that refused or dropped a connection, as a balancer with passive health checks would.
 */
final class RetryingSlack {

    static final String SIGNING_SECRET = "chaos-signing-secret-not-real";
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ZERO, Duration.ofSeconds(6), Duration.ofSeconds(30));
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How one event's delivery went: every try's instance and answer, and whether one was acknowledged. */
    record Delivery(String eventId, List<String> tries, boolean acknowledged) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Instance> instances;
    private final AtomicInteger next = new AtomicInteger();
    final AtomicLong tries = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong deferred = new AtomicLong();
    final AtomicLong failedTries = new AtomicLong();
    /** Every delivery that needed a retry, for the report. */
    final List<Delivery> retried = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A bot instance behind the balancer, and whether the balancer still sends to it. */
    static final class Instance {
        final String name;
        final URI events;
        volatile boolean up = true;

        Instance(String name, int port) {
            this.name = name;
            this.events = URI.create("http://127.0.0.1:" + port + "/slack/events");
        }
    }

    RetryingSlack(List<Instance> instances) {
        this.instances = instances;
    }

    /** A direct message from {@code user} in {@code channel}, as an event_callback body. */
    static String directMessage(String eventId, String channel, String user, String text, int turn) {
        ObjectNode body = JSON.createObjectNode().put("token", "legacy-not-used").put("team_id", FakeSlackWebApi.TEAM_ID)
                .put("api_app_id", "A0CHAOS01").put("type", "event_callback").put("event_id", eventId)
                .put("event_time", 1700000000);
        String ts = "1700000" + String.format("%03d", turn) + "." + channel.substring(1);
        body.putObject("event").put("type", "message").put("channel", channel).put("channel_type", "im")
                .put("user", user).put("text", text).put("ts", ts).put("event_ts", ts);
        return body.toString();
    }

    /** Delivers one event the way Slack does, through the balancer; returns when acknowledged or out of retries. */
    Delivery deliver(String eventId, String body) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        for (int attempt = 0; attempt <= RETRY_DELAYS.size(); attempt++) {
            if (attempt > 0) {
                retries.incrementAndGet();
                Thread.sleep(RETRY_DELAYS.get(attempt - 1).toMillis());
            }
            Instance target = pick();
            String answer = send(target, body, attempt, seen.isEmpty() ? null : seen.get(seen.size() - 1));
            seen.add(target.name + ":" + answer);
            if (answer.startsWith("2")) {
                return reported(new Delivery(eventId, seen, true));
            }
        }
        return reported(new Delivery(eventId, seen, false));
    }

    private Delivery reported(Delivery delivery) {
        if (delivery.tries().size() > 1) {
            retried.add(delivery);
        }
        return delivery;
    }

    /** Sends to one named instance, once, as a retry routed there would arrive; the answer's status or failure. */
    String sendTo(Instance target, String body, int retryNum) {
        return send(target, body, retryNum, retryNum == 0 ? null : "http_timeout");
    }

    private Instance pick() {
        List<Instance> up = instances.stream().filter(i -> i.up).toList();
        List<Instance> from = up.isEmpty() ? instances : up;
        return from.get(Math.floorMod(next.getAndIncrement(), from.size()));
    }

    private String send(Instance target, String body, int attempt, String previous) {
        tries.incrementAndGet();
        long now = System.currentTimeMillis() / 1000;
        HttpRequest.Builder request = HttpRequest.newBuilder(target.events).timeout(ACK_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", Long.toString(now))
                .header("X-Slack-Signature", sign(now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (attempt > 0) {
            request.header("X-Slack-Retry-Num", Integer.toString(attempt))
                    .header("X-Slack-Retry-Reason", previous != null && previous.contains(":5") ? "http_error" : "http_timeout");
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 503) {
                deferred.incrementAndGet();
            }
            if (status / 100 != 2) {
                failedTries.incrementAndGet();
            }
            return Integer.toString(status);
        } catch (ConnectException e) {
            target.up = false;
            failedTries.incrementAndGet();
            return "refused";
        } catch (HttpTimeoutException e) {
            failedTries.incrementAndGet();
            return "timeout";
        } catch (IOException e) {
            // The instance died with the request open: Slack sees the connection close without an answer.
            target.up = false;
            failedTries.incrementAndGet();
            return "reset";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String sign(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
