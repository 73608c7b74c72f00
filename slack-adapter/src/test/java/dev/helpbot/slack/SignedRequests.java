package dev.helpbot.slack;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds Slack-shaped requests and sends them, signed the way Slack signs them, to the bridge under test. */
final class SignedRequests {

    static final String SIGNING_SECRET = "test-signing-secret-not-real";

    /** What came back, and how long the ack took. */
    record Sent(int status, String body, long millis) {
    }

    // HTTP/1.1 as Slack speaks it; the JDK client would otherwise offer an h2c upgrade on every new connection.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String signingSecret;

    SignedRequests(int port, String path) {
        this(port, path, SIGNING_SECRET);
    }

    /** Signs with {@code signingSecret}, the secret the bot under test was given. */
    SignedRequests(int port, String path, String signingSecret) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + path);
        this.signingSecret = signingSecret;
    }

    static String slashCommand(String channel, String user, String text, String responseUrl, String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-token-not-used");
        form.put("team_id", FakeSlackApi.TEAM_ID);
        form.put("team_domain", "helpbot-test");
        form.put("channel_id", channel);
        form.put("channel_name", "help");
        form.put("user_id", user);
        form.put("user_name", "someone");
        form.put("command", "/backup-help");
        form.put("text", text);
        form.put("api_app_id", "A0TEST01");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId);
        return form(form);
    }

    static String blockAction(String channel, String threadTs, String messageTs, String clicker, String actionId,
                              String value, String triggerId) {
        return blockAction(channel, threadTs, messageTs, clicker, actionId, value, triggerId, null);
    }

    /** A button click; {@code messageBlocksJson} is the clicked message's blocks, as Slack sends them back. */
    static String blockAction(String channel, String threadTs, String messageTs, String clicker, String actionId,
                              String value, String triggerId, String messageBlocksJson) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        payload.add("team", object("id", FakeSlackApi.TEAM_ID));
        JsonObject user = object("id", clicker);
        user.addProperty("name", "name-of-" + clicker.toLowerCase(java.util.Locale.ROOT));
        payload.add("user", user);
        payload.addProperty("api_app_id", "A0TEST01");
        payload.addProperty("trigger_id", triggerId);
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", messageTs);
        container.addProperty("channel_id", channel);
        container.addProperty("is_ephemeral", false);
        container.addProperty("thread_ts", threadTs);
        payload.add("container", container);
        payload.add("channel", object("id", channel));
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "hb_choices_0");
        action.addProperty("value", value);
        action.addProperty("action_ts", "1700000100.000001");
        JsonObject text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", "Start with fix 1");
        action.add("text", text);
        com.google.gson.JsonArray actions = new com.google.gson.JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        if (messageBlocksJson != null) {
            JsonObject message = new JsonObject();
            message.addProperty("type", "message");
            message.addProperty("user", FakeSlackApi.BOT_USER_ID);
            message.addProperty("ts", messageTs);
            message.addProperty("thread_ts", threadTs);
            message.addProperty("text", "fallback text");
            message.add("blocks", com.google.gson.JsonParser.parseString(messageBlocksJson));
            payload.add("message", message);
        }
        return form(Map.of("payload", payload.toString()));
    }

    static String event(String eventId, JsonObject event) {
        JsonObject body = new JsonObject();
        body.addProperty("token", "legacy-token-not-used");
        body.addProperty("team_id", FakeSlackApi.TEAM_ID);
        body.addProperty("api_app_id", "A0TEST01");
        body.add("event", event);
        body.addProperty("type", "event_callback");
        body.addProperty("event_id", eventId);
        body.addProperty("event_time", 1700000000);
        return body.toString();
    }

    static JsonObject message(String channel, String channelType, String user, String text, String ts, String threadTs) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("channel", channel);
        event.addProperty("channel_type", channelType);
        event.addProperty("user", user);
        event.addProperty("text", text);
        event.addProperty("ts", ts);
        event.addProperty("event_ts", ts);
        if (threadTs != null) {
            event.addProperty("thread_ts", threadTs);
        }
        return event;
    }

    static JsonObject mention(String channel, String user, String text, String ts) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_mention");
        event.addProperty("channel", channel);
        event.addProperty("user", user);
        event.addProperty("text", text);
        event.addProperty("ts", ts);
        event.addProperty("event_ts", ts);
        return event;
    }

    Sent send(String body, String contentType) throws IOException, InterruptedException {
        long now = System.currentTimeMillis() / 1000;
        return send(body, contentType, Map.of("X-Slack-Request-Timestamp", Long.toString(now),
                "X-Slack-Signature", sign(body, now, signingSecret)));
    }

    Sent send(String body, String contentType, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Sent(response.statusCode(), response.body(), (System.nanoTime() - start) / 1_000_000);
    }

    static String sign(String body, long timestampSeconds, String secret) {
        return new SlackSignature.Generator(secret).generate(Long.toString(timestampSeconds), body);
    }

    private static JsonObject object(String key, String value) {
        JsonObject o = new JsonObject();
        o.addProperty(key, value);
        return o;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
