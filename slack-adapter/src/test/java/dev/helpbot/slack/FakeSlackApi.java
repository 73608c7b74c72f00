package dev.helpbot.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Slack Web API on 127.0.0.1 with just the methods helpbot calls, recording every call. Messages get
 * increasing timestamps; {@code response_url}s are served under {@code /response/}.
 */
final class FakeSlackApi implements AutoCloseable {

    /**
     * One recorded call: the API method (or "response_url"), its parameters, the HTTP status the fake answered
     * (429 when it rate-limited the call) and when it arrived ({@link System#nanoTime()}).
     */
    record Call(String method, Map<String, String> params, String body, int status, long atNanos) {
        Call(String method, Map<String, String> params, String body) {
            this(method, params, body, 200, System.nanoTime());
        }

        String param(String name) {
            return params.get(name);
        }

        boolean rateLimited() {
            return status == 429;
        }
    }

    static final String BOT_USER_ID = "UBOT0001";
    static final String TEAM_ID = "T0TEST01";
    static final String BOT_ID = "BBOT0001";

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextTs = new AtomicInteger(1);
    /** Messages as conversations.replies returns them, by "channel:ts": the bot's posts and {@link #addMessage}s. */
    private final Map<String, JsonObject> messages = new ConcurrentHashMap<>();
    private volatile String socketModeUrl = "ws://127.0.0.1:1/";
    private volatile String lastTopLevelTs;
    private volatile String failPostMessageWith;
    /** Channels whose chat.postMessage answers not_in_channel, as a staff channel the bot was never invited to. */
    private final java.util.Set<String> notInChannels = ConcurrentHashMap.newKeySet();
    private volatile String failAuthTestWith;
    private volatile String failConnectionsOpenWith;
    private volatile List<String> supportGroupMembers = List.of();
    private final AtomicInteger postMessagesToRateLimit = new AtomicInteger();
    private volatile int retryAfterSeconds = 1;

    FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/api/", this::api);
        server.createContext("/response/", this::responseUrl);
        server.start();
    }

    String apiBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    /** The ts of the last message the bot posted at a channel's top level, e.g. a help thread's parent. */
    String lastTopLevelTs() {
        return lastTopLevelTs;
    }

    void socketModeUrl(String url) {
        socketModeUrl = url;
    }

    /** Who {@code usergroups.users.list} says is in the support user group. */
    void supportGroupMembers(String... userIds) {
        supportGroupMembers = List.of(userIds);
    }

    /** A message already in Slack, e.g. a thread parent posted before the bot under test started. */
    void addMessage(String channel, String ts, String user, String botId, String text, JsonObject metadata) {
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("ts", ts);
        message.addProperty("user", user);
        message.addProperty("bot_id", botId);
        message.addProperty("text", text);
        if (metadata != null) {
            message.add("metadata", metadata);
        }
        messages.put(channel + ":" + ts, message);
    }

    /** chat.postMessage in {@code channel} answers not_in_channel from now on. */
    void notInChannel(String channel) {
        notInChannels.add(channel);
    }

    void failPostMessageWith(String error) {
        failPostMessageWith = error;
    }

    /** The next {@code count} chat.postMessage calls get HTTP 429 with {@code Retry-After: seconds}, as Slack sends. */
    void rateLimitPostMessage(int count, int seconds) {
        retryAfterSeconds = seconds;
        postMessagesToRateLimit.set(count);
    }

    void failAuthTestWith(String error) {
        failAuthTestWith = error;
    }

    void failConnectionsOpenWith(String error) {
        failConnectionsOpenWith = error;
    }

    /** Each distinct Authorization header the fake received: shows which tokens the client really used. */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits until {@code count} calls match, or fails with what was seen. */
    List<Call> await(String method, int count, Predicate<Call> matching) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<Call> found = calls(method).stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("expected " + count + " " + method + " calls, saw: " + calls);
    }

    List<Call> await(String method, int count) throws InterruptedException {
        return await(method, count, c -> true);
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && !authorizations.contains(authorization)) {
            authorizations.add(authorization);
        }
        if (method.equals("chat.postMessage") && postMessagesToRateLimit.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            calls.add(new Call(method, params(body, exchange), body, 429, System.nanoTime()));
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(retryAfterSeconds));
            send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        calls.add(new Call(method, params(body, exchange), body));
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        switch (method) {
            case "auth.test" -> {
                if (failAuthTestWith != null) {
                    answer.addProperty("ok", false);
                    answer.addProperty("error", failAuthTestWith);
                }
                answer.addProperty("url", "https://helpbot-test.slack.com/");
                answer.addProperty("team", "helpbot test");
                answer.addProperty("team_id", TEAM_ID);
                answer.addProperty("user", "helpbot");
                answer.addProperty("user_id", BOT_USER_ID);
                answer.addProperty("bot_id", BOT_ID);
            }
            case "apps.connections.open" -> {
                if (failConnectionsOpenWith != null) {
                    answer.addProperty("ok", false);
                    answer.addProperty("error", failConnectionsOpenWith);
                } else {
                    answer.addProperty("url", socketModeUrl);
                }
            }
            case "chat.postMessage" -> {
                String refusal = notInChannels.contains(params(body, exchange).get("channel")) ? "not_in_channel"
                        : failPostMessageWith;
                if (refusal != null) {
                    answer.addProperty("ok", false);
                    answer.addProperty("error", refusal);
                } else {
                    Map<String, String> p = params(body, exchange);
                    String ts = "1700000000." + String.format("%06d", nextTs.getAndIncrement());
                    if (p.get("thread_ts") == null) {
                        lastTopLevelTs = ts;
                    }
                    addMessage(p.get("channel"), ts, BOT_USER_ID, BOT_ID, p.get("text"),
                            p.get("metadata") == null ? null : JsonParser.parseString(p.get("metadata")).getAsJsonObject());
                    answer.addProperty("channel", p.get("channel"));
                    answer.addProperty("ts", ts);
                }
            }
            case "conversations.replies" -> answer.add("messages", replies(params(body, exchange)));
            case "chat.postEphemeral" -> answer.addProperty("message_ts", "1700000999.000001");
            case "chat.getPermalink" -> {
                Map<String, String> p = params(body, exchange);
                answer.addProperty("channel", p.get("channel"));
                answer.addProperty("permalink", permalink(p.get("channel"), p.get("message_ts")));
            }
            case "usergroups.users.list" -> {
                JsonArray users = new JsonArray();
                supportGroupMembers.forEach(users::add);
                answer.add("users", users);
            }
            default -> { }
        }
        send(exchange, answer.toString());
    }

    /** The thread's parent only, which is all {@code limit=1} asks for; metadata only when asked for, as Slack does. */
    private JsonArray replies(Map<String, String> p) {
        JsonArray found = new JsonArray();
        JsonObject message = messages.get(p.get("channel") + ":" + p.get("ts"));
        if (message != null) {
            JsonObject copy = message.deepCopy();
            if (!List.of("1", "true").contains(p.get("include_all_metadata"))) {
                copy.remove("metadata");
            }
            found.add(copy);
        }
        return found;
    }

    /** The permalink Slack gives a thread's parent message. */
    static String permalink(String channel, String ts) {
        return "https://helpbot-test.slack.com/archives/" + channel + "/p" + ts.replace(".", "")
                + "?thread_ts=" + ts + "&cid=" + channel;
    }

    private void responseUrl(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(new Call("response_url", Map.of(), body));
        send(exchange, "ok");
    }

    private static Map<String, String> params(String body, HttpExchange exchange) {
        Map<String, String> params = new HashMap<>();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("application/json")) {
            JsonParser.parseString(body).getAsJsonObject().entrySet().forEach(e -> params.put(e.getKey(),
                    e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString()));
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, String body) throws IOException {
        send(exchange, 200, body);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
