package dev.helpbot.core.analytics;

import java.util.Map;

/** Where analytics counters live: memory by default, Redis when sessions are there too. Thread-safe. */
public interface AnalyticsSink {

    void increment(String counter, long by);

    /** Every counter and its value. */
    Map<String, Long> snapshot();
}
