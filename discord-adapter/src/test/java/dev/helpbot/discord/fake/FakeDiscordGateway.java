package dev.helpbot.discord.fake;

import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on loopback: HELLO, heartbeat ACKs, READY and one GUILD_CREATE after IDENTIFY, and
 * dispatches a test pushes with {@link #dispatch}. Plain JSON text frames: JDA runs with Compression.NONE.
 */
public final class FakeDiscordGateway extends WebSocketServer {

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch identified = new CountDownLatch(1);
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile WebSocket client;

    public FakeDiscordGateway() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    /** Starts listening and returns the ws:// URL to give JDA. */
    public String startAndGetUrl() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake gateway did not start");
        }
        return "ws://127.0.0.1:" + getPort();
    }

    public boolean awaitIdentified(long seconds) throws InterruptedException {
        return identified.await(seconds, TimeUnit.SECONDS);
    }

    /** Sends an op 0 event, e.g. INTERACTION_CREATE or MESSAGE_CREATE. */
    public void dispatch(String type, DataObject data) {
        WebSocket connected = client;
        if (connected == null) {
            throw new IllegalStateException("JDA is not connected to the fake gateway");
        }
        connected.send(DataObject.empty().put("op", 0).put("t", type).put("s", sequence.incrementAndGet())
                .put("d", data).toString());
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        client = socket;
        socket.send(DataObject.empty().put("op", 10).put("s", null).put("t", null)
                .put("d", DataObject.empty().put("heartbeat_interval", 41_250)).toString());
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
        DataObject payload = DataObject.fromJson(text);
        switch (payload.getInt("op")) {
            case 1 -> socket.send("{\"op\":11}");
            case 2 -> {
                dispatch("READY", DiscordPayloads.ready("ws://127.0.0.1:" + getPort()));
                dispatch("GUILD_CREATE", DiscordPayloads.guildCreate());
                identified.countDown();
            }
            default -> {
                // Presence updates and the like: Discord answers nothing either.
            }
        }
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        if (socket == client) {
            client = null;
        }
    }

    @Override
    public void onError(WebSocket socket, Exception error) {
        // JDA closing the socket on shutdown lands here as a broken pipe; tests assert on requests instead.
    }

    /** Closes the client's socket first, so JDA is not left reconnecting to a half-closed server. */
    public void shutDown() throws InterruptedException {
        WebSocket connected = client;
        if (connected != null) {
            connected.close(1000, "test over");
        }
        stop(1000);
    }
}
