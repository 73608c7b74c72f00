package dev.helpbot.app.ops;

import dev.helpbot.core.ConversationObserver;
import dev.helpbot.core.ConversationStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/** Prometheus metrics for every handled message: counts by platform, intent and state, and latency. */
public final class MetricsObserver implements ConversationObserver {

    private final MeterRegistry registry;
    private final Timer latency;
    private final Counter fallbacks;

    public MetricsObserver(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("helpbot.handle").description("Time to answer one message, store included")
                .publishPercentileHistogram().register(registry);
        this.fallbacks = Counter.builder("helpbot.fallbacks").description("Messages not understood or off-topic")
                .register(registry);
    }

    @Override
    public void onHandled(Handled handled) {
        registry.counter("helpbot.messages", "platform", handled.key().platform()).increment();
        registry.counter("helpbot.intents", "intent", handled.reply().intent()).increment();
        registry.counter("helpbot.replies", "state", handled.reply().status().wireName()).increment();
        if (handled.reply().status() == ConversationStatus.FALLBACK) {
            fallbacks.increment();
        }
        latency.record(handled.elapsedNanos(), TimeUnit.NANOSECONDS);
    }
}
