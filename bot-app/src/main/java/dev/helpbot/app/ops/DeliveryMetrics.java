package dev.helpbot.app.ops;

import dev.helpbot.core.channel.DeliveryObserver;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * Counts how the channels' deliveries ended, as {@code helpbot.channel.deliveries{channel, outcome}}: a rising
 * {@code failed} means people are getting the apology after the platform was acknowledged.
 */
public final class DeliveryMetrics implements DeliveryObserver {

    private final MeterRegistry registry;

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void delivered(String platform, Outcome outcome) {
        registry.counter("helpbot.channel.deliveries", "channel", platform, "outcome",
                outcome.name().toLowerCase(Locale.ROOT)).increment();
    }
}
