package dev.helpbot.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The probes and {@code /metrics} for the people who run the bot: Kubernetes, load balancers and Prometheus.
 *
 * <ul>
 *   <li>{@code /livez}: 200 while the process serves requests at all. Nothing else fails it, so a liveness probe
 *       restarts only a process that is truly stuck.</li>
 *   <li>{@code /readyz}: 200 when every enabled channel is connected, else 503. The body also names the session
 *       store's state ({@code redis: ok}, {@code redis: degraded, answering from memory}, or {@code memory}), which
 *       fails neither probe: the bot answers from memory while Redis is away, and restarting it would not bring
 *       Redis back.</li>
 *   <li>{@code /healthz}: the same as {@code /readyz}, for load balancers set up before the split.</li>
 * </ul>
 */
public final class OpsServer implements AutoCloseable {

    public static final String LIVENESS_PATH = "/livez";
    public static final String READINESS_PATH = "/readyz";
    public static final String HEALTH_PATH = "/healthz";
    public static final String METRICS_PATH = "/metrics";

    private final HttpServer server;

    /** @param readiness whether every channel is connected, and the store's state */
    public OpsServer(String host, int port, PrometheusMeterRegistry registry, Supplier<Readiness> readiness)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext(LIVENESS_PATH, exchange -> send(exchange, 200, "application/json", "{\"live\":true}"));
        for (String path : new String[] {READINESS_PATH, HEALTH_PATH}) {
            server.createContext(path, exchange -> {
                Readiness now = readiness.get();
                send(exchange, now.ready() ? 200 : 503, "application/json", now.toJson());
            });
        }
        server.createContext(METRICS_PATH, exchange ->
                send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
        server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ops-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Where sessions and delivery claims live right now. */
    public enum StoreState {
        MEMORY("memory"),
        REDIS_OK("redis: ok"),
        REDIS_DEGRADED("redis: degraded, answering from memory");

        private final String label;

        StoreState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Readiness and what it is made of.
     *
     * @param channels each channel and whether it is connected, e.g. {@code discord connected, slack disconnected}
     */
    public record Readiness(boolean channelsConnected, String channels, StoreState store) {

        /** Ready when the channels are: the store's state is reported, never a reason to take the bot out of service. */
        public boolean ready() {
            return channelsConnected;
        }

        String toJson() {
            return "{\"ready\":" + ready() + ",\"channels_connected\":" + channelsConnected + ",\"channels\":\""
                    + escape(channels) + "\",\"store\":\"" + escape(store.label()) + "\"}";
        }

        private static String escape(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
