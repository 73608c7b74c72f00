package dev.helpbot.core.channel.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.helpbot.core.channel.DeliveryLedger;
import java.time.Duration;

/**
 * The ledger of one process: deliveries remembered for a time rather than by count, since a platform's retry arrives
 * minutes later (Slack retries after about 1 and 5 minutes), and under a flood a count-bounded memory would have
 * forgotten the id by then. The size bound only guards memory: at Slack's ceiling of 30,000 events an hour per
 * workspace it holds every delivery of the window for dozens of workspaces at once.
 *
 * <p>No lease runs out here: the only instance that could hold a claim is this process, and when it dies its memory
 * goes with it.
 */
public final class MemoryDeliveryLedger implements DeliveryLedger {

    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
    private static final long MEMORY_GUARD = 2_000_000;

    private final Cache<String, Boolean> answeredById;

    /** @param nanoTicker the clock entries expire by, in nanoseconds; tests move it by hand */
    public MemoryDeliveryLedger(Duration window, Ticker nanoTicker) {
        this.answeredById = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(MEMORY_GUARD).ticker(nanoTicker)
                .build();
    }

    public MemoryDeliveryLedger(Duration window) {
        this(window, Ticker.systemTicker());
    }

    public MemoryDeliveryLedger() {
        this(DEFAULT_WINDOW);
    }

    @Override
    public Claim claim(String deliveryId) {
        Boolean before = answeredById.asMap().putIfAbsent(deliveryId, Boolean.FALSE);
        return before == null ? Claim.CLAIMED : before ? Claim.ANSWERED : Claim.IN_PROGRESS;
    }

    @Override
    public void answered(String deliveryId) {
        answeredById.put(deliveryId, Boolean.TRUE);
    }
}
