package dev.helpbot.slack;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/** Slack's Socket Mode end on 127.0.0.1: says hello to each connection, sends envelopes, records acks. */
final class FakeSocketModeServer extends WebSocketServer {

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch connected = new CountDownLatch(1);
    private final List<WebSocket> connections = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    FakeSocketModeServer() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake Socket Mode server did not start");
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=test-ticket";
    }

    /** Sends an envelope to the connected app, as Slack does. */
    void sendEnvelope(String json) throws InterruptedException {
        if (!connected.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the app never connected");
        }
        connections.forEach(c -> c.send(json));
    }

    String awaitReceived(Predicate<String> matching) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (String message : received) {
                if (matching.test(message)) {
                    return message;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no matching message from the app; received: " + received);
    }

    List<String> received() {
        return List.copyOf(received);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        connections.add(conn);
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                + "\"connection_info\":{\"app_id\":\"A0TEST01\"}}");
        connected.countDown();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(message);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        connections.remove(conn);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // The test fails on missing acks or posts; a socket error here needs no separate report.
    }
}
