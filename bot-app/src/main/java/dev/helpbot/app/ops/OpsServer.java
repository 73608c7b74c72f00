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

/** {@code /healthz} and {@code /metrics} for the people who run the bot: load balancers and Prometheus. */
public final class OpsServer implements AutoCloseable {

    private final HttpServer server;

    /**
     * @param health says whether every channel is connected and the session store answers, and why not
     */
    public OpsServer(String host, int port, PrometheusMeterRegistry registry, Supplier<Health> health)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/healthz", exchange -> {
            Health now = health.get();
            send(exchange, now.ready() ? 200 : 503, "application/json", now.toJson());
        });
        server.createContext("/metrics", exchange ->
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

    /** Readiness and what it is made of. */
    public record Health(boolean channelsConnected, boolean storeHealthy, String detail) {
        public boolean ready() {
            return channelsConnected && storeHealthy;
        }

        String toJson() {
            return "{\"ready\":" + ready() + ",\"channels_connected\":" + channelsConnected + ",\"store_healthy\":"
                    + storeHealthy + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        }
    }
}
