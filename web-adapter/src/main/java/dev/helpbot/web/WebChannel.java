package dev.helpbot.web;

import dev.helpbot.core.RateBuckets;
import dev.helpbot.core.TypedCommand;
import dev.helpbot.core.channel.ChannelParts;
import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.core.channel.ChatChannel;
import dev.helpbot.core.channel.ChatFrames;
import dev.helpbot.core.channel.Delivery;
import dev.helpbot.core.channel.Dispatcher;
import dev.helpbot.core.channel.SharedDesk;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * helpbot on a help site: Jetty serves the chat page ({@code GET /}), the widget script that embeds it anywhere
 * ({@code GET /widget.js}) and a WebSocket at {@code /chat?session=ID} that speaks the {@code chat --json} frames
 * without {@code user}, plus {@code {"contact": ...}} at a hand-over. Conversations run on the kit's dispatcher,
 * keyed by platform {@value #PLATFORM} and session.
 *
 * <pre>{@code
 * try (WebChannel web = new WebChannel(WebSettings.local("The team will write to you."), runtime, desk)) {
 *     web.start();
 *     ...
 * }
 * }</pre>
 */
public final class WebChannel implements ChatChannel {

    public static final String PLATFORM = "web";
    private static final String CONTACT = "contact";
    /** A session id is a random UUID: it is the only thing that lets someone read a conversation. */
    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Empty for "no thanks"; otherwise something that could be an address. It is quoted wherever it is shown. */
    private static final Pattern CONTACT_SHAPE = Pattern.compile("|[^\\s@]{1,64}@[^\\s@]{1,189}");
    /** Long enough for someone to read a fix and try it; the page reconnects after a longer pause. */
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(WebChannel.class);

    private final WebSettings settings;
    private final ChannelRuntime runtime;
    private final WebOutbox outbox;
    private final Dispatcher<WebPlace> dispatcher;
    private final RateBuckets perAddress;
    private volatile Server server;
    private volatile ServerConnector connector;

    /** @param desk the staff channel hand-overs go to (Discord's or Slack's); null sends them nowhere, with a warning */
    public WebChannel(WebSettings settings, ChannelRuntime runtime, SharedDesk desk) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.runtime = runtime;
        this.outbox = new WebOutbox(desk, runtime.texts(), settings.handoffMessage());
        // No staff desk for the kit: the outbox holds each hand-over until the person left a contact.
        this.dispatcher = runtime.dispatcher(PLATFORM, "/" + TypedCommand.NAME, outbox, null);
        this.perAddress = settings.addressPerMinute() == 0 ? null
                : RateBuckets.inMemory(settings.addressPerMinute(), settings.addressBurst());
    }

    @Override
    public String name() {
        return PLATFORM;
    }

    @Override
    public synchronized void start() throws Exception {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        server.addConnector(connector);
        WebSocketUpgradeHandler sockets = WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(settings.maxFrameBytes());
            container.setIdleTimeout(IDLE_TIMEOUT);
            container.addMapping("/chat", this::upgrade);
        });
        sockets.setHandler(new WebPage(runtime.texts(), settings.allowedOrigins()));
        server.setHandler(sockets);
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw new IllegalStateException("The web chat cannot listen on " + settings.host() + ":" + settings.port()
                    + " (" + e.getMessage() + "): set web.port to a free port", e);
        }
        LOG.info("Web chat on http://{}:{}/", settings.host(), port());
    }

    /** The handshake: a page of an allowed site, an address within its limit, a UUID-shaped session or none. */
    private Object upgrade(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
        String session = Request.extractQueryParameters(request).getValue("session");
        String address = Request.getRemoteAddr(request);
        int refused = !originAllowed(request.getHeaders().get(HttpHeader.ORIGIN), request.getHeaders().get(HttpHeader.HOST))
                ? 403 : !admits(address, null) ? 429
                : session != null && !UUID_SHAPE.matcher(session.toLowerCase(Locale.ROOT)).matches() ? 400 : 0;
        if (refused != 0) {
            Response.writeError(request, response, callback, refused);
            return null;
        }
        return session == null ? new Socket(UUID.randomUUID().toString(), true, address)
                : new Socket(session.toLowerCase(Locale.ROOT), false, address);
    }

    /**
     * The chat's own pages, and the sites of {@code web.allowed_origins}. A handshake without an Origin is no
     * browser's (every browser sends one), so there is no page to protect from and it is let in.
     */
    private boolean originAllowed(String origin, String host) {
        if (origin == null || settings.allowedOrigins().contains("*") || settings.allowedOrigins().contains(origin)) {
            return true;
        }
        try {
            return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether the address may send one more handshake or frame. The first refusal of a flood tells the socket to
     * slow down; then frames are dropped until the address's bucket refills.
     */
    private boolean admits(String address, Session socket) {
        RateBuckets.Verdict verdict = perAddress == null ? RateBuckets.Verdict.ALLOW : perAddress.take(address);
        if (verdict == RateBuckets.Verdict.REFUSE_AND_TELL && socket != null) {
            socket.sendText(ChatFrames.object(Map.of("notice", runtime.texts().slowDown())),
                    org.eclipse.jetty.websocket.api.Callback.NOOP);
        }
        return verdict == RateBuckets.Verdict.ALLOW;
    }

    /** The port the chat listens on (useful when configured as 0); -1 before start. */
    public int port() {
        return connector == null ? -1 : connector.getLocalPort();
    }

    @Override
    public boolean isConnected() {
        Server running = server;
        return running != null && running.isStarted();
    }

    /** Intake first, then the work already taken, then hand-overs still waiting for a contact. Idempotent. */
    @Override
    public synchronized void close() {
        Server running = server;
        ChannelParts.closeQuietly(running == null ? null : running::stop, dispatcher, outbox);
    }

    /**
     * One browser tab's WebSocket: frames in, as {@link ChatFrames} reads them without a {@code user}, onto the
     * session's lane; a frame of the wrong shape is answered with an error frame and the socket stays open. Replies
     * go out through the {@link WebOutbox}, to every socket of the session. Public because Jetty calls it through
     * method handles.
     */
    public final class Socket implements Session.Listener.AutoDemanding {
        private final WebPlace place;
        private final boolean issued;
        private final String address;
        private volatile Session socket;

        /** @param issued whether the server made the session id up, and so must tell the page */
        private Socket(String session, boolean issued, String address) {
            this.place = new WebPlace(session);
            this.issued = issued;
            this.address = address;
        }

        @Override
        public void onWebSocketOpen(Session opened) {
            socket = opened;
            outbox.opened(place.session(), opened);
            if (issued) {
                opened.sendText(ChatFrames.object(Map.of("session", place.session())),
                        org.eclipse.jetty.websocket.api.Callback.NOOP);
            }
        }

        @Override
        public void onWebSocketText(String text) {
            if (!admits(address, socket)) {
                return;
            }
            ChatFrames.Frame frame = ChatFrames.read(text, null, List.of(CONTACT));
            String contact = CONTACT.equals(frame.kind()) ? frame.value().strip() : null;
            String error = frame.error() != null ? frame.error() : contact == null ? null
                    : !CONTACT_SHAPE.matcher(contact).matches() ? "field `contact` must be an e-mail address, or empty"
                    : !outbox.contactGiven(place.session(), contact) ? "no hand-over is waiting for a contact" : "";
            if (error == null) {
                // No delivery id: a WebSocket frame is never delivered twice.
                dispatcher.submit(Delivery.of(null, place.session(), place).reading(p -> frame.message(p.key())));
            } else if (!error.isEmpty()) {
                socket.sendText(ChatFrames.error(new ChatFrames.Frame(null, null, null, error), false),
                        org.eclipse.jetty.websocket.api.Callback.NOOP);
            }
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason) {
            if (socket != null) {
                outbox.closed(place.session(), socket);
            }
        }

        @Override
        public void onWebSocketError(Throwable cause) {
            // A tab closed mid-frame, or a frame over web.max_frame_bytes: the socket closes, the page reconnects.
            LOG.debug("A web chat socket failed: {}", cause.toString());
        }
    }
}
