package dev.helpbot.app.redis;

import dev.helpbot.core.channel.DeliveryLedger;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The delivery ledger every instance shares, in Redis: one key per delivery, {@code <prefix>delivery:<id>}, kept for
 * the dedupe window. Its value is {@code claimed|<lease end>|<instance>} while an instance answers it, then
 * {@code done}. The lease end is in Redis's own clock ({@code TIME}), so instances need no synchronised clocks. A claim
 * whose lease has run out is taken over by the next instance that sees the delivery; if the one that died had
 * answered already, the session store gives the new claimer that answer (see {@code RedisSessionStore}).
 *
 * <p>While Redis is down, deliveries are claimed in this instance's memory (a retry that reaches another instance in
 * that time may be answered there too); those answered meanwhile are written to Redis when it returns.
 */
public final class RedisDeliveryLedger implements DeliveryLedger {

    private static final String CLAIM = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local v = redis.call('GET', KEYS[1])
            if v == 'done' then return 'answered' end
            if v then
              local lease = string.match(v, '^claimed|(%d+)|')
              if lease and tonumber(lease) > now then return 'in_progress' end
            end
            redis.call('SET', KEYS[1], 'claimed|' .. (now + tonumber(ARGV[2])) .. '|' .. ARGV[1], 'PX', ARGV[3])
            return 'claimed'
            """;

    private final RedisLink redis;
    private final String prefix;
    private final long leaseMillis;
    private final long windowMillis;
    private final DeliveryLedger memory;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    /** Answered while Redis was away; marked done there when it returns. */
    private final Set<String> answeredMeanwhile = ConcurrentHashMap.newKeySet();

    /**
     * @param lease  how long a claim holds before another instance may take the delivery over
     * @param window how long a delivery is remembered as answered
     */
    public RedisDeliveryLedger(RedisLink redis, String prefix, Duration lease, Duration window) {
        this.redis = redis;
        this.prefix = prefix + "delivery:";
        this.leaseMillis = lease.toMillis();
        this.windowMillis = window.toMillis();
        this.memory = DeliveryLedger.inMemory(window);
        redis.onRecovery(commands -> {
            for (String id : Set.copyOf(answeredMeanwhile)) {
                commands.set(prefix + "delivery:" + id, "done", SetArgs.Builder.px(windowMillis));
                answeredMeanwhile.remove(id);
            }
        });
    }

    @Override
    public Claim claim(String deliveryId) {
        try {
            String found = redis.call(commands -> commands.<String>eval(CLAIM, ScriptOutputType.STATUS,
                    new String[] {key(deliveryId)}, instance, String.valueOf(leaseMillis), String.valueOf(windowMillis)));
            return switch (found) {
                case "answered" -> Claim.ANSWERED;
                case "in_progress" -> Claim.IN_PROGRESS;
                default -> Claim.CLAIMED;
            };
        } catch (RedisLink.RedisUnavailableException e) {
            return memory.claim(deliveryId);
        }
    }

    @Override
    public void answered(String deliveryId) {
        memory.answered(deliveryId);
        try {
            redis.call(commands -> commands.set(key(deliveryId), "done", SetArgs.Builder.px(windowMillis)));
        } catch (RedisLink.RedisUnavailableException e) {
            answeredMeanwhile.add(deliveryId);
        }
    }

    private String key(String deliveryId) {
        return prefix + deliveryId;
    }
}
