package dev.helpbot.app;

import dev.helpbot.app.config.HelpbotConfig;
import dev.helpbot.app.ops.OpsServer;
import dev.helpbot.core.channel.ChatChannel;
import io.micrometer.core.instrument.Gauge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: every configured channel, the ops endpoints, and a graceful stop that lets messages
 * being answered finish before anything closes.
 */
public final class BotService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BotService.class);

    private final HelpbotRuntime runtime;
    private final List<ChatChannel> channels;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Optional<OpsServer> ops = Optional.empty();

    public BotService(HelpbotRuntime runtime, List<ChatChannel> channels) {
        this.runtime = runtime;
        this.channels = List.copyOf(channels);
        for (ChatChannel channel : this.channels) {
            Gauge.builder("helpbot.channel.connected", channel, c -> c.isConnected() ? 1 : 0).tag("channel", channel.name())
                    .description("1 while the channel is connected and taking messages").register(runtime.metrics());
            // NaN while there is no such connection, so a missing ping is not read as a fast one.
            Gauge.builder("helpbot.gateway.ping", channel, c -> c.gatewayPingMillis() < 0 ? Double.NaN
                            : c.gatewayPingMillis() / 1000.0).tag("channel", channel.name()).baseUnit("seconds")
                    .description("How long the platform's gateway takes to answer a heartbeat (Discord)")
                    .register(runtime.metrics());
        }
    }

    public static BotService fromConfig(HelpbotRuntime runtime) {
        return new BotService(runtime, Channels.fromConfig(runtime.config(), runtime.channelRuntime(),
                runtime.webChannelRuntime()));
    }

    /** Starts the ops endpoints and every channel; a channel that cannot start stops everything. */
    public void start() throws Exception {
        HelpbotConfig.Ops settings = runtime.config().ops();
        if (settings.enabled()) {
            try {
                ops = Optional.of(new OpsServer(settings.host(), settings.port(), runtime.metrics(), this::readiness));
                LOG.info("ops endpoints on http://{}:{}: {}, {} ({} too) and {}", settings.host(), ops.get().port(),
                        OpsServer.LIVENESS_PATH, OpsServer.READINESS_PATH, OpsServer.HEALTH_PATH, OpsServer.METRICS_PATH);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on ops.port " + settings.port()
                        + " (set ops.port to a free port or ops.enabled: false)", e);
            }
        }
        for (ChatChannel channel : channels) {
            channel.start();
            LOG.info("{} connected", channel.name());
        }
    }

    public OpsServer.Readiness readiness() {
        boolean connected = channels.stream().allMatch(ChatChannel::isConnected);
        String detail = channels.stream().map(c -> c.name() + (c.isConnected() ? " connected" : " disconnected"))
                .collect(Collectors.joining(", "));
        return new OpsServer.Readiness(connected, detail, runtime.storeState());
    }

    /** Blocks until {@link #close()} runs, e.g. from the JVM's shutdown hook on SIGTERM. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        LOG.info("stopping: no new messages; waiting up to {} for {} being answered",
                runtime.config().ops().drainTimeout(), runtime.engine().inFlight());
        channels.forEach(ChatChannel::close);
        try {
            if (!runtime.engine().awaitIdle(runtime.config().ops().drainTimeout())) {
                LOG.warn("stopped with {} messages still being answered", runtime.engine().inFlight());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ops.ifPresent(OpsServer::close);
        runtime.close();
        stopped.countDown();
        LOG.info("stopped");
    }
}
