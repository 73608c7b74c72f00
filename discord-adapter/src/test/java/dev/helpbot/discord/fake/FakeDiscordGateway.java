package dev.helpbot.discord.fake;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataArray;
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
    private final AtomicInteger sequence = new AtomicInteger();
    /** Connections by shard id; a bot without shards is shard 0. */
    private final Map<Integer, WebSocket> shards = new ConcurrentHashMap<>();
    private final Map<WebSocket, Integer> shardOf = new ConcurrentHashMap<>();

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

    /** How many shards have identified. */
    public int identifiedShards() {
        return shards.size();
    }

    /** Sends an op 0 event, e.g. INTERACTION_CREATE or MESSAGE_CREATE, to shard 0, which holds the fake guild. */
    public void dispatch(String type, DataObject data) {
        WebSocket connected = shards.get(0);
        if (connected == null) {
            throw new IllegalStateException("JDA is not connected to the fake gateway");
        }
        dispatch(connected, type, data);
    }

    private void dispatch(WebSocket socket, String type, DataObject data) {
        socket.send(DataObject.empty().put("op", 0).put("t", type).put("s", sequence.incrementAndGet())
                .put("d", data).toString());
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        socket.send(DataObject.empty().put("op", 10).put("s", null).put("t", null)
                .put("d", DataObject.empty().put("heartbeat_interval", 41_250)).toString());
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
        DataObject payload = DataObject.fromJson(text);
        switch (payload.getInt("op")) {
            case 1 -> socket.send("{\"op\":11}");
            case 2 -> identify(socket, payload.getObject("d"));
            default -> {
                // Presence updates and the like: Discord answers nothing either.
            }
        }
    }

    private void identify(WebSocket socket, DataObject identify) {
        DataArray shard = identify.optArray("shard").orElse(DataArray.empty().add(0).add(1));
        int shardId = shard.getInt(0);
        int shardTotal = shard.getInt(1);
        // Discord puts a guild on shard (guild_id >> 22) % shard_total: the fake guild's id puts it on shard 0.
        boolean hasGuild = shardId == 0;
        shards.put(shardId, socket);
        shardOf.put(socket, shardId);
        dispatch(socket, "READY", DiscordPayloads.ready("ws://127.0.0.1:" + getPort(), shardId, shardTotal, hasGuild));
        if (hasGuild) {
            dispatch(socket, "GUILD_CREATE", DiscordPayloads.guildCreate());
        }
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        Integer shardId = shardOf.remove(socket);
        if (shardId != null) {
            shards.remove(shardId, socket);
        }
    }

    @Override
    public void onError(WebSocket socket, Exception error) {
        // JDA closing the socket on shutdown lands here as a broken pipe; tests assert on requests instead.
    }

    /** Closes the clients' sockets first, so JDA is not left reconnecting to a half-closed server. */
    public void shutDown() throws InterruptedException {
        for (WebSocket connected : shardOf.keySet()) {
            connected.close(1000, "test over");
        }
        stop(1000);
    }
}
