package dev.helpbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP endpoint on the JDK's own server: each POST goes through Bolt's request parser into
 * {@code app.run}, whose verification middleware answers forged, stale or unsigned requests with 401
 * before any handler runs.
 */
final class SlackHttpBridge implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackHttpBridge.class);
    /** Slack's own payloads are far smaller; anything bigger is not from Slack. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final App app;
    private final SlackRequestParser parser;
    private final HttpServer server;
    private final ExecutorService executor;
    private final String path;

    private SlackHttpBridge(App app, HttpServer server, ExecutorService executor, String path) {
        this.app = app;
        this.path = path;
        this.parser = new SlackRequestParser(app.config());
        this.server = server;
        this.executor = executor;
    }

    static SlackHttpBridge start(App app, String bindAddress, int port, String path) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "helpbot-slack-http");
            thread.setDaemon(true);
            return thread;
        });
        SlackHttpBridge bridge = new SlackHttpBridge(app, server, executor, path);
        server.createContext(path, bridge::handle);
        server.setExecutor(executor);
        server.start();
        return bridge;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!path.equals(exchange.getRequestURI().getPath())) {
                send(exchange, 404, "text/plain", "");
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                send(exchange, 405, "text/plain", "Slack sends POST requests here.");
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                send(exchange, 413, "text/plain", "Request too large.");
                return;
            }
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(query(exchange.getRequestURI().getRawQuery()))
                    .headers(new RequestHeaders(headers(exchange)))
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
            Response response = request == null ? Response.builder().statusCode(400).body("").build() : app.run(request);
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((name, values) -> values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
            }
            send(exchange, response.getStatusCode(), response.getContentType(), response.getBody());
        } catch (Exception e) {
            log.warn("Slack request failed: {}", e.toString());
            send(exchange, 500, "text/plain", "");
        }
    }

    private static Map<String, List<String>> query(String rawQuery) {
        return rawQuery == null || rawQuery.isEmpty() ? Map.of() : QueryStringParser.toMap(rawQuery);
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        return headers;
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        try {
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // The response was already started (an error after the headers went out); nothing more to say.
            log.debug("Could not send a Slack response: {}", e.toString());
        }
    }

    /** Stops taking requests, gives running ones a moment to finish, and frees the port. */
    @Override
    public void close() {
        // Handlers already running finish; the server then closes at once (stop(n) would idle for n seconds).
        executor.shutdown();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
    }
}
