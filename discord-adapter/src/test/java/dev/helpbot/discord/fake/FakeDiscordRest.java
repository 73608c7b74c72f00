package dev.helpbot.discord.fake;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Discord's REST API on loopback, as far as helpbot uses it. Every request is recorded so tests can assert
 * on exactly what JDA sent; answers are the smallest objects JDA accepts.
 */
public final class FakeDiscordRest implements AutoCloseable {

    /** The one token this fake Discord turns away, as Discord does a wrong or reset token. */
    public static final String REJECTED_TOKEN = "MTAwMQ.REJECT.SECRETCANARY_rejected_discord_token";

    private static final String API = "/api/v10/";
    private static final Pattern THREAD_FROM_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)/threads");
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern ONE_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)");
    private static final Pattern WEBHOOK_MESSAGE = Pattern.compile("webhooks/\\d+/([^/]+)(/messages/@original)?");

    /** One request as JDA sent it: method, path below the API root (no query), and JSON body. */
    public record Call(String method, String path, String query, String text) {
        /** The JSON object body; fails the test when there is none. */
        public DataObject body() {
            return DataObject.fromJson(text);
        }

        public DataArray arrayBody() {
            return DataArray.fromJson(text);
        }

        @Override
        public String toString() {
            return method + " " + path + (text.isEmpty() ? "" : " " + text);
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final List<Call> calls = new ArrayList<>();
    private final List<Call> claimed = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(9_000);
    private final Map<String, String> channelByToken = new ConcurrentHashMap<>();
    /** Who ran the command behind an interaction token: Discord names them in the answer's interaction_metadata. */
    private final Map<String, DataObject> commandByToken = new ConcurrentHashMap<>();
    /** Every message the fake knows, posted or typed, so that GET can return it. */
    private final Map<String, DataObject> messagesById = new ConcurrentHashMap<>();
    /** Threads opened so far, in order; all stay active, so a reconnecting bot gets them in GUILD_CREATE. */
    private final Map<String, DataObject> threadsById = new LinkedHashMap<>();
    private volatile String lastThreadId;
    /** Channels where posting is refused with 403 Missing Access, as when the bot's role lost its permission. */
    private final java.util.Set<String> refusedChannels = ConcurrentHashMap.newKeySet();
    private final String guildId;
    private final String parentChannelId;

    public FakeDiscordRest(String guildId, String parentChannelId) throws IOException {
        this.guildId = guildId;
        this.parentChannelId = parentChannelId;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    /** Interaction messages (editing @original, follow-ups) live where the interaction happened. */
    public void interactionIn(String token, String channelId) {
        channelByToken.put(token, channelId);
    }

    /** The answer to the slash command {@code interactionId} with {@code token} was run by {@code user}. */
    public void commandRunBy(String token, String interactionId, DataObject user) {
        commandByToken.put(token, DiscordPayloads.interactionMetadata(interactionId, user));
    }

    /** A message a person typed, so that the bot can fetch it later, e.g. as the starter of its thread. */
    public void typed(DataObject message) {
        messagesById.put(message.getString("id"), message);
    }

    /** Posts in {@code channelId} get 403 Missing Access until {@link #allowPostsIn}, as when the bot lost its permission. */
    public void refusePostsIn(String channelId) {
        refusedChannels.add(channelId);
    }

    public void allowPostsIn(String channelId) {
        refusedChannels.remove(channelId);
    }

    /** The threads opened so far, as GUILD_CREATE lists active threads. */
    public synchronized DataArray activeThreads() {
        DataArray threads = DataArray.empty();
        threadsById.values().forEach(threads::add);
        return threads;
    }

    /** A help forum's post a person opened, so that the bot can change its tags and archive it. */
    public synchronized void forumPostOpened(DataObject post) {
        threadsById.put(post.getString("id"), post);
    }

    /** The id of the thread JDA opened last. */
    public String lastThreadId() {
        return lastThreadId;
    }

    /** The base URL to give JDA's RestConfig. */
    public String baseUrl() {
        return server.url(API).toString();
    }

    /** Waits for the first request not yet claimed that matches, and claims it. */
    public Call await(String method, String pathRegex, Duration timeout) throws InterruptedException {
        return await(call -> call.method().equals(method) && call.path().matches(pathRegex), timeout,
                method + " " + pathRegex);
    }

    public synchronized Call await(Predicate<Call> match, Duration timeout, String description) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Call call : calls) {
                if (!claimed.contains(call) && match.test(call)) {
                    claimed.add(call);
                    return call;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("No request " + description + " within " + timeout + "; requests so far: " + calls);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Requests that matched no {@link #await} yet. */
    public synchronized List<Call> unclaimed(Predicate<Call> match) {
        return calls.stream().filter(call -> !claimed.contains(call) && match.test(call)).toList();
    }

    private MockResponse answer(RecordedRequest request) {
        // Decoded, so that tests read "@original" rather than "%40original".
        String path = String.join("/", request.getRequestUrl().pathSegments());
        path = path.startsWith(API.substring(1)) ? path.substring(API.length() - 1) : path;
        String text = request.getBody().readUtf8();
        Call call = new Call(request.getMethod(), path, request.getRequestUrl().query(), text);
        if (("Bot " + REJECTED_TOKEN).equals(request.getHeader("Authorization"))) {
            return new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
                    .setBody("{\"message\": \"401: Unauthorized\", \"code\": 0}");
        }
        // Answer first, so a test that sees the request also sees what the fake answered (e.g. a new thread).
        MockResponse response = route(call);
        synchronized (this) {
            calls.add(call);
            notifyAll();
        }
        return response;
    }

    private MockResponse route(Call call) {
        String path = call.path();
        if (call.method().equals("GET") && path.equals("users/@me")) {
            return json(DiscordPayloads.botUser().toString());
        }
        if (call.method().equals("PUT") && path.matches("applications/\\d+(/guilds/\\d+)?/commands")) {
            return json(registeredCommands(call.arrayBody(), path).toString());
        }
        if (call.method().equals("POST") && path.matches("interactions/\\d+/[^/]+/callback")) {
            return new MockResponse().setResponseCode(204);
        }
        Matcher thread = THREAD_FROM_MESSAGE.matcher(path);
        if (call.method().equals("POST") && thread.matches()) {
            // As on Discord, a thread opened off a message has that message's id.
            String threadId = thread.group(2);
            DataObject created = DiscordPayloads.thread(threadId, guildId, thread.group(1), call.body().getString("name"));
            synchronized (this) {
                threadsById.put(threadId, created);
            }
            lastThreadId = threadId;
            return json(created.toString());
        }
        if (call.method().equals("PATCH") && path.matches("channels/\\d+")) {
            // A thread's tags or archiving: answered with the thread as changed.
            DataObject known;
            synchronized (this) {
                known = threadsById.get(path.substring("channels/".length()));
            }
            if (known == null) {
                return new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/json")
                        .setBody("{\"message\": \"Unknown Channel\", \"code\": 10003}");
            }
            call.body().optArray("applied_tags").ifPresent(tags -> known.put("applied_tags", tags));
            return json(known.toString());
        }
        if (call.method().equals("POST") && path.matches("channels/\\d+/threads")) {
            // A thread of the channel itself, such as a private one: a new id.
            String threadId = nextId();
            DataObject created = DiscordPayloads.thread(threadId, guildId, path.split("/")[1], call.body().getString("name"))
                    .put("type", call.body().getInt("type", 11));
            synchronized (this) {
                threadsById.put(threadId, created);
            }
            lastThreadId = threadId;
            return json(created.toString());
        }
        if (call.method().equals("PUT") && path.matches("channels/\\d+/thread-members/\\d+")) {
            return new MockResponse().setResponseCode(204);
        }
        Matcher oneMessage = ONE_MESSAGE.matcher(path);
        if (call.method().equals("GET") && oneMessage.matches()) {
            DataObject known = messagesById.get(oneMessage.group(2));
            if (known != null && known.getString("channel_id").equals(oneMessage.group(1))) {
                return json(known.toString());
            }
            return new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/json")
                    .setBody("{\"message\": \"Unknown Message\", \"code\": 10008}");
        }
        Matcher channelMessage = CHANNEL_MESSAGE.matcher(path);
        if (call.method().equals("POST") && channelMessage.matches() && refusedChannels.contains(channelMessage.group(1))) {
            return new MockResponse().setResponseCode(403).setHeader("Content-Type", "application/json")
                    .setBody("{\"message\": \"Missing Access\", \"code\": 50001}");
        }
        if (call.method().equals("POST") && channelMessage.matches()) {
            return json(remember(DiscordPayloads.botMessage(nextId(), channelMessage.group(1), guildId, call.body())));
        }
        Matcher webhook = WEBHOOK_MESSAGE.matcher(path);
        if (webhook.matches()) {
            if (call.method().equals("DELETE")) {
                return new MockResponse().setResponseCode(204);
            }
            String channelId = channelByToken.getOrDefault(webhook.group(1), parentChannelId);
            DataObject message = DiscordPayloads.botMessage(nextId(), channelId, guildId,
                    call.text().startsWith("{") ? call.body() : DataObject.empty());
            DataObject command = commandByToken.get(webhook.group(1));
            if (command != null) {
                message.put("interaction_metadata", command);
            }
            return json(remember(message));
        }
        return new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/json")
                .setBody("{\"message\": \"Unknown route in FakeDiscordRest\", \"code\": 0}");
    }

    private DataArray registeredCommands(DataArray requested, String path) {
        DataArray registered = DataArray.empty();
        for (int i = 0; i < requested.length(); i++) {
            DataObject command = requested.getObject(i);
            command.put("id", nextId()).put("application_id", DiscordPayloads.BOT_ID).put("version", nextId());
            if (path.contains("/guilds/")) {
                command.put("guild_id", guildId);
            }
            registered.add(command);
        }
        return registered;
    }

    private String remember(DataObject message) {
        messagesById.put(message.getString("id"), message);
        return message.toString();
    }

    private String nextId() {
        return Long.toString(ids.incrementAndGet());
    }

    private static MockResponse json(String body) {
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
