package dev.helpbot.app.redis;

import dev.helpbot.core.RateBuckets;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;

/**
 * Rate-limit buckets every instance shares, one Redis hash per key ({@code tokens}, {@code at}, {@code told}),
 * refilled and taken from in one Lua script by Redis's own clock, so N instances allow the limit once, not N times.
 * While Redis is away each instance limits from its own memory (so N instances allow up to N times the limit then).
 */
public final class RedisRateBuckets implements RateBuckets {

    private static final String TAKE = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local capacity = tonumber(ARGV[1])
            local perMillisecond = tonumber(ARGV[2])
            local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at', 'told')
            local tokens = tonumber(bucket[1]) or capacity
            local at = tonumber(bucket[2]) or now
            local told = bucket[3] == '1'
            tokens = math.min(capacity, tokens + math.max(0, now - at) * perMillisecond)
            local verdict = 0
            if tokens >= 1 then
              tokens = tokens - 1
              told = false
            elseif told then
              verdict = 2
            else
              told = true
              verdict = 1
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now), 'told', told and '1' or '0')
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return verdict
            """;
    /** A bucket untouched this long is full again anyway, so Redis may forget it, as memory does. */
    private static final Duration FORGET_AFTER = Duration.ofMinutes(10);
    private static final Verdict[] VERDICTS = {Verdict.ALLOW, Verdict.REFUSE_AND_TELL, Verdict.REFUSE_SILENTLY};

    private final RedisLink redis;
    private final String prefix;
    private final String capacity;
    private final String perMillisecond;
    private final RateBuckets local;

    /** @param prefix the keys' prefix, e.g. {@code helpbot:rate:user:} */
    public RedisRateBuckets(RedisLink redis, String prefix, int perMinute, int burst) {
        this.redis = redis;
        this.prefix = prefix;
        this.capacity = String.valueOf(Math.max(1, burst));
        this.perMillisecond = String.valueOf(perMinute / 60_000.0);
        this.local = RateBuckets.inMemory(perMinute, burst);
    }

    @Override
    public Verdict take(String key) {
        try {
            long verdict = redis.call(commands -> commands.<Long>eval(TAKE, ScriptOutputType.INTEGER,
                    new String[] {prefix + key}, capacity, perMillisecond, String.valueOf(FORGET_AFTER.toMillis())));
            return VERDICTS[(int) verdict];
        } catch (RedisLink.RedisUnavailableException e) {
            return local.take(key);
        }
    }
}
