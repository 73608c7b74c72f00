package dev.helpbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.http.SlackHttpClient;
import dev.helpbot.core.channel.ChannelParts;
import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.core.channel.ChatChannel;
import dev.helpbot.core.channel.Dispatcher;
import dev.helpbot.core.channel.HttpIntake;
import dev.helpbot.core.channel.SharedDesk;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * helpbot on Slack, through Bolt for Java: Socket Mode (an outgoing WebSocket, no public URL) or HTTP
 * mode (Slack posts to {@link SlackSettings#httpPath()}, every request's signature verified). Conversations run on
 * the kit's dispatcher.
 * bot-app builds its {@link SlackSettings} from the {@code slack:} section of {@code helpbot.yaml} and the environment.
 */
public final class SlackChannel implements ChatChannel {

    private static final Logger log = LoggerFactory.getLogger(SlackChannel.class);
    private static final long HELLO_TIMEOUT_SECONDS = 15;
    private static final Pattern HELLO = Pattern.compile("^\\{\\s*\"type\"\\s*:\\s*\"hello\"");

    private final SlackSettings settings;
    private final ChannelRuntime runtime;
    private final SlackConfig slackConfig;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean socketConnected = new AtomicBoolean();

    // Set by start(), read by health checks and close() from other threads.
    private volatile Slack slack;
    private volatile App app;
    private volatile Dispatcher<SlackPlace> dispatcher;
    private volatile SlackPoster poster;
    private volatile SocketModeApp socketModeApp;
    private volatile HttpIntake httpBridge;

    public SlackChannel(SlackSettings settings, ChannelRuntime runtime) {
        this(settings, runtime, slackConfigFor(settings));
    }

    /** With a prepared client configuration: tests use it to turn off proxies and point at loopback. */
    SlackChannel(SlackSettings settings, ChannelRuntime runtime, SlackConfig slackConfig) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.slackConfig = Objects.requireNonNull(slackConfig, "slackConfig");
    }

    /** The Web API client settings for {@code settings}: its base URL, and no usage statistics threads. */
    static SlackConfig slackConfigFor(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiBaseUrl());
        config.setStatsEnabled(false);
        return config;
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public void start() throws Exception {
        if (slack != null) {
            throw new IllegalStateException("The Slack channel was already started");
        }
        // Every Web API answer reaches the platform-call metrics. Slack says most errors with a 200 and "ok": false,
        // which comes first in the body: 256 bytes of it are enough.
        slack = Slack.getInstance(slackConfig, new SlackHttpClient(SlackHttpClient.buildOkHttpClient(slackConfig).newBuilder()
                .addInterceptor(chain -> runtime.platformCalls().counted(SlackEvents.PLATFORM, chain.request().method(),
                        chain.request().url().encodedPath(), chain.proceed(chain.request()), Response::code,
                        response -> response.peekBody(256).string())).build()));
        // Every value set explicitly: AppConfig would otherwise read SLACK_* from the environment itself. Bolt treats a
        // handler's non-200 answer as "not mine" and ends with the unmatched handler, so that one says "retry later".
        app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret()).requestVerificationEnabled(settings.mode() == SlackSettings.Mode.HTTP)
                .subtypedMessageEventsAutoAckEnabled(true).unmatchedRequestHandler(request -> SlackEvents.RETRY_LATER).build());
        poster = new SlackPoster(slack.methods(settings.botToken()), runtime.texts(), settings);
        dispatcher = runtime.dispatcher(SlackEvents.PLATFORM, settings.commandName(), poster,
                settings.handoffChannelId() == null ? null : poster, poster);
        new SlackEvents(dispatcher, poster, runtime.texts(), settings).register(app);
        try {
            // auth.test first: Bolt checks the token too when it starts, but reports an unreachable Slack as a bad token.
            checkBotToken();
            app.start();
            if (settings.mode() == SlackSettings.Mode.SOCKET) {
                startSocketMode();
            } else {
                httpBridge = SlackHttpBridge.start(app, settings.httpBindAddress(), settings.httpPort(), settings.httpPath());
                log.info("Slack HTTP endpoint listening on {}:{}{}", settings.httpBindAddress(), httpBridge.port(),
                        settings.httpPath());
            }
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    private void checkBotToken() {
        AuthTestResponse auth;
        try {
            auth = slack.methods(settings.botToken()).authTest(r -> r);
        } catch (Exception e) {
            throw new IllegalStateException("Could not reach Slack at " + settings.apiBaseUrl() + " (" + e.getMessage()
                    + "). Check the network, a proxy, or slack.api_base_url.", e);
        }
        if (!auth.isOk()) {
            throw new IllegalStateException("Slack did not accept SLACK_BOT_TOKEN (auth.test at " + settings.apiBaseUrl()
                    + " answered " + auth.getError() + "). Check the token and that the app is installed.");
        }
    }

    private void startSocketMode() throws Exception {
        CountDownLatch hello = new CountDownLatch(1);
        socketModeApp = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
        try {
            socketModeApp.startAsync();
        } catch (Exception e) {
            throw new IllegalStateException("Slack Socket Mode did not connect: check SLACK_APP_TOKEN (an xapp- token"
                    + " with connections:write) and that Socket Mode is on for the app. Cause: " + e, e);
        }
        SocketModeClient client = socketModeApp.getClient();
        client.addWebSocketMessageListener(message -> {
            if (HELLO.matcher(message).find()) {
                socketConnected.set(true);
                hello.countDown();
            }
        });
        client.addWebSocketCloseListener((code, reason) -> socketConnected.set(false));
        // The hello may have arrived before the listener: a ping answers whether the socket is up.
        if (!hello.await(HELLO_TIMEOUT_SECONDS, TimeUnit.SECONDS) && !client.verifyConnection()) {
            throw new IllegalStateException("Slack Socket Mode connected but Slack never said hello within "
                    + HELLO_TIMEOUT_SECONDS + " s; check the network and SLACK_APP_TOKEN.");
        }
        socketConnected.set(true);
        log.info("Slack Socket Mode connected");
    }

    @Override
    public boolean isConnected() {
        boolean up = settings.mode() == SlackSettings.Mode.SOCKET ? socketConnected.get() : httpBridge != null;
        return slack != null && !closed.get() && up;
    }

    /** Other channels' hand-overs (the web chat's), in {@code slack.handoff_channel_id}, once Slack is connected. */
    @Override
    public Optional<SharedDesk> sharedDesk() {
        return settings.handoffChannelId() == null ? Optional.empty() : Optional.of((handoff, from) -> poster.post(handoff, from));
    }

    /** The port the HTTP endpoint listens on (useful when configured as 0); -1 in Socket Mode. */
    public int httpPort() {
        return httpBridge == null ? -1 : httpBridge.port();
    }

    /** Intake first, then the work already taken, then the clients it needed. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            socketConnected.set(false);
            App started = app;
            SocketModeApp socket = socketModeApp;
            ChannelParts.closeQuietly(httpBridge, socket == null ? null : socket::close, dispatcher,
                    started == null ? null : started::stop, slack);
        }
    }
}
