package dev.helpbot.core.channel.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Delivery ids already taken, remembered for a time rather than by count: a platform's retry arrives minutes
 * later (Slack retries after about 1 and 5 minutes), and under a flood a count-bounded memory would have forgotten
 * the id by then. The size bound only guards memory: at Slack's ceiling of 30,000 events an hour per workspace it
 * holds every delivery of the window for dozens of workspaces at once.
 */
public final class DeliveryDedupe {

    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
    private static final long MEMORY_GUARD = 2_000_000;

    private final Cache<String, Boolean> taken;

    /** @param nanoTicker the clock entries expire by, in nanoseconds; tests move it by hand */
    public DeliveryDedupe(Duration window, Ticker nanoTicker) {
        this.taken = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(MEMORY_GUARD).ticker(nanoTicker).build();
    }

    public DeliveryDedupe() {
        this(DEFAULT_WINDOW, Ticker.systemTicker());
    }

    /** True the first time an id is seen within the window; an id of null is never taken for a retry. */
    public boolean firstTime(String id) {
        return id == null || taken.asMap().putIfAbsent(id, Boolean.TRUE) == null;
    }
}
