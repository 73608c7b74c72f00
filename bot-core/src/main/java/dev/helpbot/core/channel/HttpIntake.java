package dev.helpbot.core.channel;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
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
 * An HTTP endpoint on the JDK's own server, for platforms that deliver by webhook (Slack's HTTP mode; a help
 * site's widget; a signed staff webhook): one path takes POSTs of at most 1 MiB, anything else is refused without
 * reaching the handler (404 for another path, 405 for another method, 413 for a larger body), and a handler that
 * throws answers 500. The handler runs on the endpoint's threads, so it must answer within the platform's timeout and
 * leave slow work to a {@link Dispatcher}.
 */
public final class HttpIntake implements AutoCloseable {

    /** Platforms' own payloads are far smaller; anything bigger is not from them. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(HttpIntake.class);
    private static final int HANDLER_THREADS = 32;

    /** One POST as it arrived. Header names are as the client wrote them. */
    public record Post(String path, String rawQuery, Map<String, List<String>> headers, String body, String remoteAddress) {
    }

    /** What to answer: a status, optional content type and headers, and a body (null for none). */
    public record Answer(int status, String contentType, Map<String, List<String>> headers, String body) {
    }

    /** Answers one POST. */
    @FunctionalInterface
    public interface Handler {
        Answer answer(Post post) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService threads;

    private HttpIntake(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Listens on {@code bindAddress:port} (0 picks a free port) for POSTs to {@code path}. */
    public static HttpIntake start(String bindAddress, int port, String path, String threadName, Handler handler)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 64);
        // Handlers may wait for the answer before acknowledging (Dispatcher.submitBeforeAck): enough for a busy instance.
        ExecutorService threads = Executors.newFixedThreadPool(HANDLER_THREADS, task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
        server.createContext(path, exchange -> handle(exchange, path, handler));
        server.setExecutor(threads);
        server.start();
        return new HttpIntake(server, threads);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void handle(HttpExchange exchange, String path, Handler handler) {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
            int refused = !path.equals(exchange.getRequestURI().getPath()) ? 404
                    : !"POST".equals(exchange.getRequestMethod()) ? 405 : body.length > MAX_BODY_BYTES ? 413 : 0;
            if (refused != 0) {
                exchange.getResponseHeaders().add("Allow", "POST");
                send(exchange, new Answer(refused, null, Map.of(), null));
                return;
            }
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            send(exchange, handler.answer(new Post(path, exchange.getRequestURI().getRawQuery(), headers,
                    new String(body, StandardCharsets.UTF_8), exchange.getRemoteAddress().getAddress().getHostAddress())));
        } catch (Exception e) {
            LOG.warn("A request to {} failed: {}", path, e.toString());
            send(exchange, new Answer(500, null, Map.of(), null));
        }
    }

    private static void send(HttpExchange exchange, Answer answer) {
        byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        if (answer.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        }
        if (answer.headers() != null) {
            answer.headers().forEach((name, values) -> values.forEach(value -> exchange.getResponseHeaders().add(name, value)));
        }
        try {
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // The response was already started (an error after the headers went out); nothing more to say.
            LOG.debug("Could not send a response: {}", e.toString());
        }
    }

    /** Stops taking requests, gives running ones a moment to finish, and frees the port. */
    @Override
    public void close() {
        // Handlers already running finish; the server then closes at once (stop(n) would idle for n seconds).
        threads.shutdown();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
    }
}
