package dev.helpbot.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Per-key token buckets in memory, bounded in number so that many senders cannot exhaust memory. Each bucket
 * also remembers whether its sender was already told to slow down, so a flood gets one notice, not one
 * per message. {@link RateLimiter} keys them by person and channel; a channel that takes connections from anyone
 * on the internet keys them by address too, before anything is read.
 */
final class TokenBuckets implements RateBuckets {

    private final double tokensPerNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private final Cache<String, Bucket> buckets;

    /** {@code burst} at once per key, then {@code perMinute} a minute; {@code nanoTime} is the clock they refill by. */
    public TokenBuckets(int perMinute, int burst, LongSupplier nanoTime) {
        this.tokensPerNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.capacity = Math.max(1, burst);
        this.nanoTime = nanoTime;
        this.buckets = Caffeine.newBuilder().maximumSize(1_000_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    @Override
    public Verdict take(String key) {
        return buckets.get(key, k -> new Bucket(capacity, nanoTime.getAsLong())).take(this);
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt;
        private boolean told;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized Verdict take(TokenBuckets limits) {
            long now = limits.nanoTime.getAsLong();
            tokens = Math.min(limits.capacity, tokens + (now - refilledAt) * limits.tokensPerNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                told = false;
                return Verdict.ALLOW;
            }
            if (told) {
                return Verdict.REFUSE_SILENTLY;
            }
            told = true;
            return Verdict.REFUSE_AND_TELL;
        }
    }
}
