package dev.helpbot.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.session.InMemorySessionStore;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OpsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(OpsServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readyz_andItsAliasHealthz_areReadyOnlyWhenTheChannelsAre_andLivezAlways() throws Exception {
        AtomicBoolean connected = new AtomicBoolean(false);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (OpsServer server = new OpsServer("127.0.0.1", 0, registry,
                () -> new OpsServer.Readiness(connected.get(), "discord disconnected", OpsServer.StoreState.REDIS_OK))) {
            for (String path : new String[] {"/readyz", "/healthz"}) {
                HttpResponse<String> down = get(server, path);
                assertThat(down.statusCode()).as(path).isEqualTo(503);
                assertThat(down.body()).contains("\"ready\":false").contains("\"channels\":\"discord disconnected\"");
            }
            assertThat(get(server, "/livez").statusCode()).isEqualTo(200);
            connected.set(true);
            assertThat(get(server, "/readyz").statusCode()).isEqualTo(200);
            assertThat(get(server, "/healthz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void redisDegraded_failsNeitherProbe_andReadyzNamesIt() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (OpsServer server = new OpsServer("127.0.0.1", 0, registry,
                () -> new OpsServer.Readiness(true, "slack connected", OpsServer.StoreState.REDIS_DEGRADED))) {
            assertThat(get(server, "/livez").statusCode()).isEqualTo(200);
            HttpResponse<String> ready = get(server, "/readyz");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"store\":\"redis: degraded, answering from memory\"");
        }
    }

    @Test
    void metrics_countMessagesIntentsStatesAndLatency() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        ConversationEngine engine = ConversationEngine.builder(TestBots.content(), TestBots.classifier())
                .store(new InMemorySessionStore(100, Duration.ofMinutes(5))).observer(new MetricsObserver(registry)).build();
        ConversationKey key = ConversationKey.console("metrics");
        engine.handle(IncomingMessage.text(key, "icloud storage is full"));
        engine.handle(IncomingMessage.text(key, "tell me a joke"));
        try (OpsServer server = new OpsServer("127.0.0.1", 0, registry, () -> new OpsServer.Readiness(true, "", OpsServer.StoreState.MEMORY))) {
            String body = get(server, "/metrics").body();
            assertThat(body).contains("helpbot_messages_total{platform=\"console\"} 2.0")
                    .contains("helpbot_intents_total{intent=\"storage_full\"} 1.0")
                    .contains("helpbot_replies_total{state=\"fallback\"} 1.0")
                    .contains("helpbot_fallbacks_total 1.0")
                    .contains("helpbot_handle_seconds_count 2");
        }
    }
}
