package dev.helpbot.app.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedisAnalyticsSinkTest {

    @Test
    void counters_persistAcrossRestarts_andSurviveAnOutage() throws Exception {
        try (RedisTestServer server = new RedisTestServer().start()) {
            try (RedisLink link = new RedisLink(server.url())) {
                RedisAnalyticsSink sink = new RedisAnalyticsSink(link, "t:");
                sink.increment("fix.4.shown", 2);
                sink.increment("fix.4.resolved", 1);
            }
            try (RedisLink link = new RedisLink(server.url())) {
                RedisAnalyticsSink sink = new RedisAnalyticsSink(link, "t:");
                assertThat(sink.snapshot()).containsEntry("fix.4.shown", 2L).containsEntry("fix.4.resolved", 1L);
                server.stop();
                sink.increment("fix.4.shown", 1);
                assertThat(sink.snapshot()).as("held in memory meanwhile").containsEntry("fix.4.shown", 1L);
                server.start();
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (!link.isUp() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(link.isUp()).isTrue();
                // The fresh server lost its data (no persistence in tests); the pending increment was added.
                assertThat(sink.snapshot()).containsEntry("fix.4.shown", 1L);
            }
        }
    }
}
