package dev.helpbot.app.ops;

import dev.helpbot.core.channel.PlatformCalls;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the platforms' API answers that were not plain successes, by platform and method:
 * {@code helpbot_platform_api_errors_total{platform, method, kind}} ({@code kind} is {@code client} for a 4xx or a
 * refusal such as Slack's {@code "ok": false}, {@code server} for a 5xx) and
 * {@code helpbot_platform_rate_limited_total{platform, method}} for each 429, including those the client library
 * waits out and repeats by itself. Methods are routes with ids left out, so the series stay few.
 */
public final class PlatformCallMetrics implements PlatformCalls {

    private final MeterRegistry registry;

    public PlatformCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void answered(String platform, String method, Outcome outcome) {
        switch (outcome) {
            case OK -> { }
            case RATE_LIMITED -> registry.counter("helpbot.platform.rate.limited", "platform", platform, "method", method)
                    .increment();
            case CLIENT_ERROR, SERVER_ERROR -> registry.counter("helpbot.platform.api.errors", "platform", platform,
                    "method", method, "kind", outcome == Outcome.SERVER_ERROR ? "server" : "client").increment();
        }
    }
}
