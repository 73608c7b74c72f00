package dev.helpbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.helpbot.core.Conversations;
import dev.helpbot.core.channel.ChatChannel;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * helpbot on Slack, through Bolt for Java: Socket Mode (an outgoing WebSocket, no public URL) or HTTP
 * mode (Slack posts to {@link SlackSettings#httpPath()}, every request's signature verified).
 *
 * <pre>{@code
 * try (SlackChannel slack = new SlackChannel(SlackSettings.socketMode(botToken, appToken), engine)) {
 *     slack.start();
 *     ...
 * }
 * }</pre>
 */
public final class SlackChannel implements ChatChannel {

    private static final Logger log = LoggerFactory.getLogger(SlackChannel.class);
    private static final long HELLO_TIMEOUT_SECONDS = 15;
    private static final int WORKER_LANES = 4;
    private static final Pattern HELLO = Pattern.compile("^\\{\\s*\"type\"\\s*:\\s*\"hello\"");

    private final SlackSettings settings;
    private final Conversations engine;
    private final SlackConfig slackConfig;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean socketConnected = new AtomicBoolean();

    // Set by start(), read by health checks and close() from other threads.
    private volatile Slack slack;
    private volatile App app;
    private volatile OrderedWorkers workers;
    private volatile SocketModeApp socketModeApp;
    private volatile SlackHttpBridge httpBridge;

    public SlackChannel(SlackSettings settings, Conversations engine) {
        this(settings, engine, slackConfigFor(settings));
    }

    /** With a prepared client configuration: tests use it to turn off proxies and point at loopback. */
    SlackChannel(SlackSettings settings, Conversations engine, SlackConfig slackConfig) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.engine = Objects.requireNonNull(engine, "engine");
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
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("The Slack channel was already started");
        }
        slack = Slack.getInstance(slackConfig);
        // Every value set explicitly: AppConfig would otherwise read SLACK_* from the environment itself.
        app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                .requestVerificationEnabled(settings.mode() == SlackSettings.Mode.HTTP)
                .subtypedMessageEventsAutoAckEnabled(true)
                .build());
        workers = new OrderedWorkers(WORKER_LANES);
        new SlackConversations(engine, new SlackPoster(slack.methods(settings.botToken())), workers, settings).register(app);
        try {
            startApp();
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

    /**
     * Checks the bot token with auth.test first: Bolt does too when it starts, but reports an unreachable
     * Slack as an invalid token.
     */
    private void startApp() {
        AuthTestResponse auth;
        try {
            auth = slack.methods(settings.botToken()).authTest(r -> r);
        } catch (IOException | SlackApiException e) {
            throw new IllegalStateException("Could not reach Slack at " + settings.apiBaseUrl() + " (" + e.getMessage()
                    + "). Check the network, a proxy, or slack.api_base_url.", e);
        }
        if (!auth.isOk()) {
            throw new IllegalStateException("Slack did not accept SLACK_BOT_TOKEN (auth.test at " + settings.apiBaseUrl()
                    + " answered " + auth.getError() + "). Check the token and that the app is installed.");
        }
        app.start();
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
        if (!started.get() || closed.get()) {
            return false;
        }
        return settings.mode() == SlackSettings.Mode.SOCKET ? socketConnected.get() : httpBridge != null;
    }

    /** The port the HTTP endpoint listens on (useful when configured as 0); -1 in Socket Mode. */
    public int httpPort() {
        return httpBridge == null ? -1 : httpBridge.port();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // Intake first, then the work already taken, then the clients it needed.
        if (httpBridge != null) {
            httpBridge.close();
        }
        if (socketModeApp != null) {
            quietly("Socket Mode", socketModeApp::close);
        }
        if (workers != null) {
            workers.shutdown(10_000);
        }
        if (app != null) {
            app.stop();
        }
        if (slack != null) {
            quietly("Slack client", slack::close);
        }
        socketConnected.set(false);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void quietly(String what, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            log.debug("Closing {} failed: {}", what, e.toString());
        }
    }
}
