package dev.helpbot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * An independent WebSocket client (Java-WebSocket, not Jetty) for the web chat, as a page would use it: it records
 * every frame the server sends, in order, and can wait for one.
 */
final class WebChatClient extends WebSocketClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    private final Consumer<JsonNode> onFrame;
    private volatile int closeCode = -1;

    /** @param session the session id to ask for, or null to have the server issue one */
    WebChatClient(int port, String session, Map<String, String> headers, Consumer<JsonNode> onFrame) {
        super(URI.create("ws://127.0.0.1:" + port + "/chat" + (session == null ? "" : "?session=" + session)), headers);
        this.onFrame = onFrame;
    }

    static WebChatClient connect(int port, String session) throws InterruptedException {
        WebChatClient client = new WebChatClient(port, session, Map.of(), frame -> { });
        if (!client.connectBlocking(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the web chat did not accept the socket");
        }
        return client;
    }

    void sendJson(String field, String value) {
        send(JSON.createObjectNode().put(field, value).toString());
    }

    /** Waits for the first frame from {@code from} on that {@code matches}. */
    JsonNode await(int from, Predicate<JsonNode> matches) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (int i = from; i < frames.size(); i++) {
                if (matches.test(frames.get(i))) {
                    return frames.get(i);
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no such frame within 20 s; got " + frames.subList(Math.min(from, frames.size()), frames.size()));
    }

    /** The next reply (a frame with a {@code state}) after the frames seen so far, once {@code action} ran. */
    JsonNode reply(Runnable action) throws InterruptedException {
        int from = frames.size();
        action.run();
        return await(from, frame -> frame.has("state"));
    }

    int closeCode() {
        return closeCode;
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
    }

    @Override
    public void onMessage(String message) {
        try {
            JsonNode frame = JSON.readTree(message);
            frames.add(frame);
            onFrame.accept(frame);
        } catch (Exception e) {
            throw new IllegalStateException("the server sent something that is not JSON: " + message, e);
        }
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        closeCode = code;
    }

    @Override
    public void onError(Exception e) {
        // A refused handshake shows as connectBlocking() returning false; a dropped socket as its close code.
    }
}
