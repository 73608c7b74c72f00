package dev.helpbot.app.instances;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's Web API on 127.0.0.1 with the methods a bot in HTTP mode calls for direct messages, shared by several bot
 * processes. Every {@code chat.postMessage} is recorded with the token that made it, so a test can tell the
 * instances apart (each is given its own), and tests wait on a channel's posts instead of sleeping.
 */
final class FakeSlackWebApi implements AutoCloseable {

    static final String TEAM_ID = "T0CHAOS01";
    static final String BOT_USER_ID = "UBOTCHAOS";

    /** One reply as Slack received it: who posted it, where, the choice ids of its buttons, and when. */
    record Post(String token, String channel, String text, List<String> choiceIds, long atNanos) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, List<Post>> postsByChannel = new ConcurrentHashMap<>();
    private final AtomicInteger nextTs = new AtomicInteger(1);
    /** Channels whose chat.postMessage answers {@code "ok": false}, as Slack does where the bot may not post. */
    private final Set<String> refusing = ConcurrentHashMap.newKeySet();
    /** Channels whose next chat.postMessage gets a 429 with {@code Retry-After: 0}. */
    private final Set<String> rateLimitedOnce = ConcurrentHashMap.newKeySet();

    FakeSlackWebApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        server.createContext("/api/", this::api);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
    }

    String apiBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    void refuse(String channel) {
        refusing.add(channel);
    }

    void rateLimitOnce(String channel) {
        rateLimitedOnce.add(channel);
    }

    /** The posts in {@code channel} so far, in the order Slack received them. */
    List<Post> posts(String channel) {
        List<Post> posts = postsByChannel.get(channel);
        if (posts == null) {
            return List.of();
        }
        synchronized (posts) {
            return List.copyOf(posts);
        }
    }

    /** Waits until {@code channel} has at least {@code count} posts; false when it had fewer by the deadline. */
    boolean awaitPosts(String channel, int count, long timeoutMillis) throws InterruptedException {
        List<Post> posts = postsByChannel.computeIfAbsent(channel, c -> new ArrayList<>());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (posts) {
            while (posts.size() < count) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                posts.wait(left);
            }
            return true;
        }
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        Map<String, String> params = params(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                exchange.getRequestHeaders().getFirst("Content-Type"));
        String token = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")).replace("Bearer ", "");
        Map<String, Object> answer = new HashMap<>(Map.of("ok", true));
        switch (method) {
            case "auth.test" -> answer.putAll(Map.of("team_id", TEAM_ID, "user_id", BOT_USER_ID, "bot_id", "BBOTCHAOS",
                    "url", "https://chaos.slack.test/", "team", "chaos", "user", "helpbot"));
            case "chat.postMessage" -> {
                if (rateLimitedOnce.remove(params.get("channel"))) {
                    exchange.getResponseHeaders().set("Retry-After", "0");
                    send(exchange, 429, Map.of("ok", false, "error", "ratelimited"));
                    return;
                }
                if (refusing.contains(params.get("channel"))) {
                    answer.putAll(Map.of("ok", false, "error", "not_in_channel"));
                    break;
                }
                String ts = "1700000000." + String.format("%06d", nextTs.getAndIncrement());
                record(new Post(token, params.get("channel"), params.get("text"), choiceIds(params.get("blocks")),
                        System.nanoTime()));
                answer.putAll(Map.of("channel", params.get("channel"), "ts", ts));
            }
            case "conversations.replies" -> answer.put("messages", List.of());
            case "usergroups.users.list" -> answer.put("users", List.of());
            default -> { }
        }
        send(exchange, 200, answer);
    }

    private static void send(HttpExchange exchange, int status, Map<String, Object> answer) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void record(Post post) {
        List<Post> posts = postsByChannel.computeIfAbsent(post.channel(), c -> new ArrayList<>());
        synchronized (posts) {
            posts.add(post);
            posts.notifyAll();
        }
    }

    /** The choice id at the end of each button's token ({@code hb1|owner|place|choice}), in order. */
    private static List<String> choiceIds(String blocks) throws IOException {
        List<String> ids = new ArrayList<>();
        if (blocks != null) {
            for (JsonNode block : JSON.readTree(blocks)) {
                for (JsonNode element : block.path("elements")) {
                    String value = element.path("value").asText("");
                    if (!value.isEmpty()) {
                        ids.add(value.substring(value.lastIndexOf('|') + 1));
                    }
                }
            }
        }
        return ids;
    }

    private static Map<String, String> params(String body, String contentType) throws IOException {
        Map<String, String> params = new HashMap<>();
        if (contentType != null && contentType.startsWith("application/json")) {
            JSON.readTree(body).fields().forEachRemaining(field -> params.put(field.getKey(),
                    field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString()));
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
