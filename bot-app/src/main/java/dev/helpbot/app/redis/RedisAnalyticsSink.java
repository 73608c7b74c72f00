package dev.helpbot.app.redis;

import dev.helpbot.core.analytics.AnalyticsSink;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Analytics counters in one Redis hash, shared by every instance and kept across restarts. Increments
 * made while Redis is away are held in memory and added when it returns, so no count is lost.
 */
public final class RedisAnalyticsSink implements AnalyticsSink {

    private final RedisLink redis;
    private final String hash;
    private final ConcurrentHashMap<String, LongAdder> pending = new ConcurrentHashMap<>();

    public RedisAnalyticsSink(RedisLink redis, String prefix) {
        this.redis = redis;
        this.hash = prefix + "analytics";
        redis.onRecovery(commands -> pending.forEach((counter, adder) -> {
            long by = adder.sumThenReset();
            if (by != 0) {
                commands.hincrby(hash, counter, by);
            }
        }));
    }

    @Override
    public void increment(String counter, long by) {
        try {
            redis.call(commands -> commands.hincrby(hash, counter, by));
        } catch (RedisLink.RedisUnavailableException e) {
            pending.computeIfAbsent(counter, name -> new LongAdder()).add(by);
        }
    }

    @Override
    public Map<String, Long> snapshot() {
        Map<String, Long> values = new TreeMap<>();
        try {
            redis.call(commands -> commands.hgetall(hash)).forEach((name, value) -> values.put(name, Long.parseLong(value)));
        } catch (RedisLink.RedisUnavailableException e) {
            // Report what this instance holds; the caller's output says Redis is away.
        }
        pending.forEach((name, adder) -> values.merge(name, adder.sum(), Long::sum));
        return values;
    }
}
