package dev.helpbot.app.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to Redis that knows when Redis is gone. Commands fail fast while it is down (the bot
 * answers from memory meanwhile); a background probe notices when it is back and runs the recovery
 * hooks, which write through what changed in the meantime. It warns once per outage, not per message.
 */
public final class RedisLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisLink.class);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);
    private static final long PROBE_INTERVAL_MS = 500;

    private final RedisClient client;
    private final String where;
    private final ScheduledExecutorService prober;
    private final List<Consumer<RedisCommands<String, String>>> recoveryHooks = new ArrayList<>();
    private final AtomicLong errors = new AtomicLong();
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile boolean up;

    public RedisLink(String redisUrl) {
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(COMMAND_TIMEOUT);
        this.where = uri.getHost() + ":" + uri.getPort();
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .socketOptions(SocketOptions.builder().connectTimeout(COMMAND_TIMEOUT).build())
                .build());
        this.prober = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "redis-probe");
            thread.setDaemon(true);
            return thread;
        });
        if (!tryConnect()) {
            LOG.warn("Redis at {} is not reachable: starting with conversations in memory; they will be written "
                    + "to Redis when it answers", where);
        } else {
            LOG.info("sessions and analytics in Redis at {}", where);
        }
        prober.scheduleWithFixedDelay(this::probe, PROBE_INTERVAL_MS, PROBE_INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    /** Runs after Redis comes back, before other callers use it again. */
    public synchronized void onRecovery(Consumer<RedisCommands<String, String>> hook) {
        recoveryHooks.add(hook);
    }

    public boolean isUp() {
        return up;
    }

    /** How many Redis commands failed since start; exported as a metric. */
    public long errorCount() {
        return errors.get();
    }

    /**
     * Runs a command. On failure marks Redis down (warning once) and rethrows, so the caller can fall back.
     */
    public <T> T call(Function<RedisCommands<String, String>, T> command) {
        StatefulRedisConnection<String, String> current = connection;
        if (!up || current == null) {
            throw new RedisUnavailableException(where);
        }
        try {
            return command.apply(current.sync());
        } catch (RedisException e) {
            markDown(e);
            throw new RedisUnavailableException(where);
        }
    }

    private void markDown(RuntimeException cause) {
        errors.incrementAndGet();
        synchronized (this) {
            if (up) {
                up = false;
                LOG.warn("Redis at {} stopped answering ({}): answering from memory until it is back", where,
                        cause.getClass().getSimpleName());
            }
        }
    }

    private void probe() {
        if (up) {
            return;
        }
        try {
            if (connection == null && !tryConnect()) {
                return;
            }
            RedisCommands<String, String> commands = connection.sync();
            commands.ping();
            synchronized (this) {
                for (Consumer<RedisCommands<String, String>> hook : recoveryHooks) {
                    hook.accept(commands);
                }
                up = true;
            }
            LOG.info("Redis at {} is back", where);
        } catch (RuntimeException e) {
            errors.incrementAndGet();
        }
    }

    private boolean tryConnect() {
        try {
            connection = client.connect();
            connection.sync().ping();
            up = true;
            return true;
        } catch (RuntimeException e) {
            errors.incrementAndGet();
            return false;
        }
    }

    @Override
    public void close() {
        prober.shutdownNow();
        StatefulRedisConnection<String, String> current = connection;
        if (current != null) {
            current.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    /** Redis cannot take the command right now; the caller falls back to memory. */
    public static final class RedisUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RedisUnavailableException(String where) {
            super("Redis at " + where + " is unavailable", null, false, false);
        }
    }
}
