package dev.helpbot.app.redis;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.session.InMemorySessionStore;
import dev.helpbot.core.session.SessionCodec;
import dev.helpbot.core.session.SessionStore;
import dev.helpbot.core.session.StoredSession;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in Redis, so a conversation survives restarts and several instances can serve it. Each
 * value is {@code version|json}; a save is a compare-and-set on the version in one Lua script. Every
 * session also lives in a local in-memory copy, which answers while Redis is away; conversations saved
 * during an outage are written through when it returns.
 */
public final class RedisSessionStore implements SessionStore {

    private static final String COMPARE_AND_SET = """
            local current = redis.call('GET', KEYS[1])
            local version = 0
            if current then version = tonumber(string.match(current, '^(%d+)|')) end
            if version ~= tonumber(ARGV[1]) then return 0 end
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            return 1
            """;

    private final RedisLink redis;
    private final InMemorySessionStore local;
    private final String prefix;
    private final long ttlMillis;
    /** Saved in memory while Redis was away; written through on recovery. */
    private final Set<ConversationKey> unsynced = ConcurrentHashMap.newKeySet();

    public RedisSessionStore(RedisLink redis, InMemorySessionStore local, String prefix, Duration ttl) {
        this.redis = redis;
        this.local = local;
        this.prefix = prefix;
        this.ttlMillis = ttl.toMillis();
        redis.onRecovery(this::writeThrough);
    }

    @Override
    public Optional<StoredSession> load(ConversationKey key) {
        if (!redis.isUp() || unsynced.contains(key)) {
            return local.load(key);
        }
        try {
            String value = redis.call(commands -> commands.get(redisKey(key)));
            if (value == null) {
                local.delete(key);
                return Optional.empty();
            }
            StoredSession stored = parse(value);
            local.put(key, stored);
            return Optional.of(stored);
        } catch (RedisLink.RedisUnavailableException e) {
            return local.load(key);
        }
    }

    @Override
    public boolean save(ConversationKey key, Session session, long expectedVersion) {
        if (redis.isUp()) {
            try {
                if (unsynced.contains(key)) {
                    // Saved locally during an outage the probe has not flushed yet: ours is the newest.
                    redis.call(commands -> writeLocalCopy(commands, key));
                }
                long saved = redis.call(commands -> commands.<Long>eval(COMPARE_AND_SET, ScriptOutputType.INTEGER,
                        new String[] {redisKey(key)}, String.valueOf(expectedVersion),
                        format(new StoredSession(session, expectedVersion + 1)), String.valueOf(ttlMillis)));
                if (saved == 1) {
                    local.put(key, new StoredSession(session, expectedVersion + 1));
                }
                return saved == 1;
            } catch (RedisLink.RedisUnavailableException e) {
                // Fall through: keep the conversation going from memory.
            }
        }
        boolean saved = local.save(key, session, expectedVersion);
        if (saved) {
            unsynced.add(key);
        }
        return saved;
    }

    @Override
    public void delete(ConversationKey key) {
        local.delete(key);
        unsynced.remove(key);
        try {
            redis.call(commands -> commands.del(redisKey(key)));
        } catch (RedisLink.RedisUnavailableException e) {
            // The TTL removes it from Redis eventually.
        }
    }

    @Override
    public long size() {
        return local.size();
    }

    @Override
    public boolean isHealthy() {
        return redis.isUp();
    }

    private void writeThrough(RedisCommands<String, String> commands) {
        for (ConversationKey key : Set.copyOf(unsynced)) {
            writeLocalCopy(commands, key);
        }
    }

    private Void writeLocalCopy(RedisCommands<String, String> commands, ConversationKey key) {
        Optional<StoredSession> stored = local.load(key);
        if (stored.isPresent()) {
            commands.set(redisKey(key), format(stored.get()), SetArgs.Builder.px(ttlMillis));
        }
        unsynced.remove(key);
        return null;
    }

    private String redisKey(ConversationKey key) {
        return prefix + "session:" + key.asString();
    }

    private static String format(StoredSession stored) {
        return stored.version() + "|" + SessionCodec.encode(stored.session());
    }

    private static StoredSession parse(String value) {
        int bar = value.indexOf('|');
        return new StoredSession(SessionCodec.decode(value.substring(bar + 1)), Long.parseLong(value.substring(0, bar)));
    }
}
