package dev.helpbot.discord.fake;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on loopback: HELLO, heartbeat ACKs, READY and one GUILD_CREATE after IDENTIFY, and
 * dispatches a test pushes with {@link #dispatch}. Like Discord, it keeps shard 0's events so that a client
 * that RESUMEs (op 6) after a dropped connection gets what it missed, then RESUMED. Plain JSON text frames:
 * JDA runs with Compression.NONE.
 */
public final class FakeDiscordGateway extends WebSocketServer {

    private static final String SESSION_ID = "fake-session-";

    private final CountDownLatch started = new CountDownLatch(1);
    /** Connections by shard id; a bot without shards is shard 0. */
    private final Map<Integer, WebSocket> shards = new ConcurrentHashMap<>();
    private final Map<WebSocket, Integer> shardOf = new ConcurrentHashMap<>();
    /** Shard 0's events as sent, each with its sequence number, for replay on RESUME. */
    private final List<String> shardZeroEvents = new ArrayList<>();
    private final List<String> identifyTokens = new CopyOnWriteArrayList<>();
    /** Each IDENTIFY's shard pair as Discord writes it, e.g. {@code [1,2]}, in order. */
    private final List<String> identifiedAs = new CopyOnWriteArrayList<>();
    private final List<DataObject> resumes = new CopyOnWriteArrayList<>();
    private int sequence;

    private final Supplier<DataArray> activeThreads;
    private volatile boolean sendsGuild = true;

    /** @param activeThreads the guild's threads that are still open, sent in GUILD_CREATE as Discord does */
    public FakeDiscordGateway(Supplier<DataArray> activeThreads) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.activeThreads = activeThreads;
        setReuseAddr(true);
    }

    /**
     * From now on the bot is told of no guild: READY lists none and no GUILD_CREATE follows, as for a user-installed
     * app, or a guild whose GUILD_CREATE never arrives. Its interactions still come, and JDA sees a detached guild.
     */
    public void neverSendTheGuild() {
        sendsGuild = false;
    }

    /** Starts listening and returns the ws:// URL to give JDA. */
    public String startAndGetUrl() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake gateway did not start");
        }
        return "ws://127.0.0.1:" + getPort();
    }

    /** How many shards are connected now. */
    public int identifiedShards() {
        return shards.size();
    }

    /** The shard pair of every IDENTIFY received, e.g. {@code [1,2]} for shard 1 of 2, in order. */
    public List<String> identifiedAs() {
        return List.copyOf(identifiedAs);
    }

    /** The token of every IDENTIFY (op 2) received, in order. */
    public List<String> identifyTokens() {
        return List.copyOf(identifyTokens);
    }

    /** The payload of every RESUME (op 6) received: token, session_id, seq. */
    public List<DataObject> resumes() {
        return List.copyOf(resumes);
    }

    /** Waits until shard 0 is connected again after a drop (resumed or identified anew). */
    public boolean awaitShardZero(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            if (shards.containsKey(0)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Drops shard 0's connection the way a Discord node failing does: close code 4000, "unknown error, reconnect". */
    public void dropShardZero() {
        WebSocket socket = shards.remove(0);
        if (socket != null) {
            socket.close(4000, "fake Discord dropped the connection");
        }
    }

    /** Asks shard 0 to reconnect (op 7 RECONNECT), as Discord does before moving a session to another node. */
    public void requestReconnect() {
        WebSocket socket = shards.get(0);
        if (socket != null) {
            socket.send("{\"op\":7,\"d\":null}");
        }
    }

    /**
     * Sends an op 0 event, e.g. INTERACTION_CREATE or MESSAGE_CREATE, to shard 0, which holds the fake guild. While
     * shard 0 is disconnected the event waits for its RESUME, as on Discord.
     */
    public synchronized void dispatch(String type, DataObject data) {
        if (identifyTokens.isEmpty()) {
            throw new IllegalStateException("JDA is not connected to the fake gateway");
        }
        String event = event(type, data);
        shardZeroEvents.add(event);
        WebSocket connected = shards.get(0);
        if (connected != null) {
            send(connected, event);
        }
    }

    private String event(String type, DataObject data) {
        return DataObject.empty().put("op", 0).put("t", type).put("s", ++sequence).put("d", data).toString();
    }

    private static void send(WebSocket socket, String frame) {
        try {
            socket.send(frame);
        } catch (WebsocketNotConnectedException e) {
            // Dropped just now: the event stays in the log for the RESUME.
        }
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
            case 6 -> resume(socket, payload.getObject("d"));
            default -> {
                // Presence updates and the like: Discord answers nothing either.
            }
        }
    }

    private synchronized void identify(WebSocket socket, DataObject identify) {
        identifyTokens.add(identify.getString("token"));
        if (FakeDiscordRest.REJECTED_TOKEN.equals(identify.getString("token"))) {
            // What Discord does with a wrong or reset token.
            socket.close(4004, "Authentication failed.");
            return;
        }
        DataArray shard = identify.optArray("shard").orElse(DataArray.empty().add(0).add(1));
        int shardId = shard.getInt(0);
        int shardTotal = shard.getInt(1);
        identifiedAs.add("[" + shardId + "," + shardTotal + "]");
        // Discord puts a guild on shard (guild_id >> 22) % shard_total: the fake guild's id puts it on shard 0.
        boolean hasGuild = shardId == 0 && sendsGuild;
        shards.put(shardId, socket);
        shardOf.put(socket, shardId);
        send(socket, event("READY", DiscordPayloads.ready("ws://127.0.0.1:" + getPort(), shardId, shardTotal, hasGuild)));
        if (hasGuild) {
            send(socket, event("GUILD_CREATE", DiscordPayloads.guildCreate(activeThreads.get())));
        }
    }

    /** Replays what shard 0 missed after the sequence number the client last saw, then says RESUMED. */
    private synchronized void resume(WebSocket socket, DataObject resume) {
        resumes.add(resume);
        if (!resume.getString("session_id", "").equals(SESSION_ID + 0)) {
            socket.send("{\"op\":9,\"d\":false}");
            return;
        }
        long seen = resume.getLong("seq", 0);
        shards.put(0, socket);
        shardOf.put(socket, 0);
        for (String event : shardZeroEvents) {
            if (DataObject.fromJson(event).getLong("s") > seen) {
                send(socket, event);
            }
        }
        send(socket, event("RESUMED", DataObject.empty()));
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
