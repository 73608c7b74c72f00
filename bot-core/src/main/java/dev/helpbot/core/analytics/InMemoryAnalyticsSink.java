package dev.helpbot.core.analytics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters in this process; lost on restart, which is why Redis deployments use the Redis sink. */
public final class InMemoryAnalyticsSink implements AnalyticsSink {

    private final ConcurrentHashMap<String, LongAdder> counters = new ConcurrentHashMap<>();

    @Override
    public void increment(String counter, long by) {
        counters.computeIfAbsent(counter, name -> new LongAdder()).add(by);
    }

    @Override
    public Map<String, Long> snapshot() {
        Map<String, Long> values = new TreeMap<>();
        counters.forEach((name, adder) -> values.put(name, adder.sum()));
        return values;
    }
}
