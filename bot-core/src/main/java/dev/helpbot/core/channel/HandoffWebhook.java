package dev.helpbot.core.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helpbot.core.HandoffEvent;
import dev.helpbot.core.Markup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each hand-over event POSTed as JSON to {@code HANDOFF_WEBHOOK_URL}, for a help desk (Zendesk, Jira, Linear...) to
 * pick up. The schema is in the README: {@code event}, {@code id}, {@code platform}, {@code reason}, {@code summary},
 * {@code transcript}, {@code link}, {@code claimed_by}, {@code at}. Every call is signed: {@code X-Helpbot-Timestamp}
 * (unix seconds) and {@code X-Helpbot-Signature: v1=<hex HMAC-SHA256 of "v1:{timestamp}:{body}">} with the secret
 * from {@code HANDOFF_WEBHOOK_SECRET}.
 *
 * <p>{@link #handoffEvent} only queues, so no conversation ever waits on the help desk. Each hand-over has its own
 * queue, sent one event at a time, so one hand-over's events arrive in order (created, claimed, solved) while others
 * go on; a failed call is tried again after 1, 2, 4 and 8 seconds, five tries at most, then given up with a log line.
 * A refusal that no retry can change (a 4xx other than 408 and 429, such as a receiver rejecting the signature) is
 * not tried again. The URL and the secret are never logged: URLs of this kind often carry a token.
 */
public final class HandoffWebhook implements HandoffListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HandoffWebhook.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_TRIES = 5;
    /** Events waiting across all hand-overs; beyond this a help desk that is down costs nothing more than a log line. */
    private static final int MAX_QUEUED = 10_000;
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    /** One POST: the status it got, or an exception for a call that never got one. */
    @FunctionalInterface
    interface Sender {
        int send(HttpRequest request) throws Exception;
    }

    /** An event waiting to go, with its body fixed when it happened and the tries made. */
    private static final class Pending {
        final String event;
        final String handoffId;
        final String body;
        int tries;

        Pending(String event, String handoffId, String body) {
            this.event = event;
            this.handoffId = handoffId;
            this.body = body;
        }
    }

    private final URI url;
    private final SecretKeySpec key;
    private final Sender sender;
    private final Clock clock;
    private final Duration firstRetry;
    private final ScheduledExecutorService calls;
    /** The events of each hand-over not yet sent, the one being sent first; a hand-over with none has no entry. */
    private final Map<String, Queue<Pending>> queues = new HashMap<>();
    private int queued;

    /**
     * @param url    the receiver, {@code https://} for anything but a try-out
     * @param secret {@code HANDOFF_WEBHOOK_SECRET}
     */
    public HandoffWebhook(URI url, String secret) {
        this(url, secret, client(), Clock.systemUTC(), Duration.ofSeconds(1));
    }

    HandoffWebhook(URI url, String secret, Sender sender, Clock clock, Duration firstRetry) {
        this.url = Objects.requireNonNull(url, "url");
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("HANDOFF_WEBHOOK_SECRET must be set with HANDOFF_WEBHOOK_URL: every call"
                    + " is signed with it, so the receiver can tell it came from this bot");
        }
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
            throw new IllegalArgumentException("HANDOFF_WEBHOOK_URL must be an http(s) URL");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.sender = sender;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.calls = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "helpbot-handoff-webhook");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static Sender client() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return request -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Override
    public void handoffEvent(HandoffEvent event, String platform, Optional<String> link) {
        String body = body(event, platform, link);
        Pending pending = new Pending(event.kind().wireName(), event.handoff().id(), body);
        boolean first;
        synchronized (this) {
            if (queued >= MAX_QUEUED) {
                LOG.warn("Dropped {} of hand-over {}: {} webhook calls are waiting already", pending.event,
                        pending.handoffId, queued);
                return;
            }
            Queue<Pending> queue = queues.computeIfAbsent(pending.handoffId, id -> new ArrayDeque<>());
            queue.add(pending);
            queued++;
            first = queue.size() == 1;
        }
        if (first) {
            later(pending, Duration.ZERO);
        }
    }

    /** The JSON body, as the README documents it. */
    static String body(HandoffEvent event, String platform, Optional<String> link) {
        ObjectNode body = JSON.createObjectNode();
        body.put("event", event.kind().wireName());
        body.put("id", event.handoff().id());
        body.put("platform", platform);
        body.put("reason", event.handoff().reason().wireName());
        body.put("summary", Markup.toPlainText(event.handoff().summary()));
        ArrayNode transcript = body.putArray("transcript");
        event.handoff().transcript().forEach(line -> transcript.add(Markup.toPlainText(line)));
        body.put("link", link.orElse(null));
        body.put("claimed_by", event.claimedBy());
        body.put("at", event.at().toString());
        return body.toString();
    }

    /** The signature of {@code body} sent at {@code timestamp}: hex HMAC-SHA256 of {@code v1:{timestamp}:{body}}. */
    String signature(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(("v1:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private void later(Pending pending, Duration wait) {
        try {
            calls.schedule(() -> attempt(pending), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("The hand-over webhook is closed: {} of {} not sent", pending.event, pending.handoffId);
        }
    }

    private void attempt(Pending pending) {
        pending.tries++;
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(CALL_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Helpbot-Timestamp", Long.toString(timestamp))
                .header("X-Helpbot-Signature", "v1=" + signature(timestamp, pending.body))
                .POST(HttpRequest.BodyPublishers.ofString(pending.body, StandardCharsets.UTF_8)).build();
        String failure;
        boolean worthRetrying;
        try {
            int status = sender.send(request);
            if (status >= 200 && status < 300) {
                next(pending);
                return;
            }
            failure = "HTTP " + status;
            worthRetrying = status >= 500 || status == 408 || status == 429;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            // Only the exception's kind: its message may carry the URL.
            failure = e.getClass().getSimpleName();
            worthRetrying = true;
        }
        if (worthRetrying && pending.tries < MAX_TRIES) {
            LOG.info("The hand-over webhook failed ({}) for {} of {}; trying again", failure, pending.event,
                    pending.handoffId);
            later(pending, firstRetry.multipliedBy(1L << (pending.tries - 1)));
            return;
        }
        LOG.warn("Gave up sending {} of hand-over {} to the webhook after {} tries: {}", pending.event, pending.handoffId,
                pending.tries, failure);
        next(pending);
    }

    /** {@code done} is delivered or given up: the hand-over's next event goes. */
    private void next(Pending done) {
        Pending following;
        synchronized (this) {
            Queue<Pending> queue = queues.get(done.handoffId);
            queue.poll();
            queued--;
            following = queue.peek();
            if (following == null) {
                queues.remove(done.handoffId);
            }
        }
        if (following != null) {
            later(following, Duration.ZERO);
        }
    }

    /** Stops sending; events still queued are dropped. */
    @Override
    public void close() {
        calls.shutdownNow();
    }

    @Override
    public String toString() {
        return "HandoffWebhook[url=(set), secret=(set)]";
    }
}
