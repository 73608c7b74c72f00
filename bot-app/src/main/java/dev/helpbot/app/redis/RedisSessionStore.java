package dev.helpbot.app.redis;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.session.Answered;
import dev.helpbot.core.session.InMemorySessionStore;
import dev.helpbot.core.session.ReplyCodec;
import dev.helpbot.core.session.SessionCodec;
import dev.helpbot.core.session.SessionStore;
import dev.helpbot.core.session.StoredSession;
import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in Redis, so a conversation survives restarts and several instances can serve it. Each
 * value is {@code version|json}; a save is a compare-and-set on the version in one Lua script, which also writes the
 * delivery the conversation answered last and its reply ({@code answered:} key, {@code id\nreply}), so an instance
 * that takes over a platform's retry finds that answer. Every
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
            if ARGV[4] == '' then redis.call('DEL', KEYS[2]) else redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[3]) end
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
            List<KeyValue<String, String>> values = redis.call(commands -> commands.mget(redisKey(key), answeredKey(key)));
            if (!values.get(0).hasValue()) {
                local.delete(key);
                return Optional.empty();
            }
            StoredSession stored = parse(values.get(0).getValue(), values.get(1).getValueOrElse(null));
            local.put(key, stored);
            return Optional.of(stored);
        } catch (RedisLink.RedisUnavailableException e) {
            return local.load(key);
        }
    }

    @Override
    public boolean save(ConversationKey key, Session session, long expectedVersion) {
        return save(key, session, expectedVersion, null);
    }

    @Override
    public boolean save(ConversationKey key, Session session, long expectedVersion, Answered answered) {
        StoredSession next = new StoredSession(session, expectedVersion + 1, answered);
        if (redis.isUp()) {
            try {
                if (unsynced.contains(key)) {
                    // Saved locally during an outage the probe has not flushed yet: ours is the newest.
                    redis.call(commands -> writeLocalCopy(commands, key));
                }
                long saved = redis.call(commands -> commands.<Long>eval(COMPARE_AND_SET, ScriptOutputType.INTEGER,
                        new String[] {redisKey(key), answeredKey(key)}, String.valueOf(expectedVersion), format(next),
                        String.valueOf(ttlMillis), format(answered)));
                if (saved == 1) {
                    local.put(key, next);
                }
                return saved == 1;
            } catch (RedisLink.RedisUnavailableException e) {
                // Fall through: keep the conversation going from memory.
            }
        }
        boolean saved = local.save(key, session, expectedVersion, answered);
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
            redis.call(commands -> commands.del(redisKey(key), answeredKey(key)));
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
            if (stored.get().answered() != null) {
                commands.set(answeredKey(key), format(stored.get().answered()), SetArgs.Builder.px(ttlMillis));
            }
        }
        unsynced.remove(key);
        return null;
    }

    private String redisKey(ConversationKey key) {
        return prefix + "session:" + key.asString();
    }

    private String answeredKey(ConversationKey key) {
        return prefix + "answered:" + key.asString();
    }

    private static String format(StoredSession stored) {
        return stored.version() + "|" + SessionCodec.encode(stored.session());
    }

    /** Empty for none; delivery ids never hold a line break. */
    private static String format(Answered answered) {
        return answered == null ? "" : answered.deliveryId() + "\n" + ReplyCodec.encode(answered.reply());
    }

    private static StoredSession parse(String value, String answered) {
        int bar = value.indexOf('|');
        int lineBreak = answered == null ? -1 : answered.indexOf('\n');
        return new StoredSession(SessionCodec.decode(value.substring(bar + 1)), Long.parseLong(value.substring(0, bar)),
                lineBreak < 0 ? null : new Answered(answered.substring(0, lineBreak),
                        ReplyCodec.decode(answered.substring(lineBreak + 1))));
    }
}
