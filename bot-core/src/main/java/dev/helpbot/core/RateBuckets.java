package dev.helpbot.core;

import java.util.function.LongSupplier;

/**
 * Token buckets by key, for {@link RateLimiter}: each key may take {@code burst} at once and {@code perMinute} a
 * minute after that. A bucket also remembers whether its sender was told to slow down, so a flood gets one notice,
 * not one per message. bot-app keeps them in Redis when several instances share one, so that N instances do not
 * allow N times the limit; this process's memory serves otherwise.
 */
public interface RateBuckets {

    /** What to do with one message. */
    enum Verdict { ALLOW, REFUSE_AND_TELL, REFUSE_SILENTLY }

    /** Takes one token from {@code key}'s bucket. Must not throw: a store that is away answers from memory. */
    Verdict take(String key);

    /** Buckets in this process's memory, bounded in number, refilled by {@code nanoClock} (tests move it by hand). */
    static RateBuckets inMemory(int perMinute, int burst, LongSupplier nanoClock) {
        return new TokenBuckets(perMinute, burst, nanoClock);
    }

    static RateBuckets inMemory(int perMinute, int burst) {
        return inMemory(perMinute, burst, System::nanoTime);
    }
}
