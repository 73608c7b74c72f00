package dev.helpbot.bench;

import dev.helpbot.app.redis.RedisLink;
import dev.helpbot.app.redis.RedisSessionStore;
import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.ContentLoader;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.nlu.NluSettings;
import dev.helpbot.core.session.InMemorySessionStore;
import dev.helpbot.core.session.SessionStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import redis.embedded.RedisServer;

/**
 * Engine messages/s: classify + policy + session load/save, over 10,000 conversations each walking a
 * realistic script. Run with {@code -t 1}, {@code -t 2}, {@code -t 4}; {@code -p store=memory,redis}.
 * With store=redis and no REDIS_URL, a redis-server is started on 127.0.0.1 for the run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    private static final List<String> SCRIPT = List.of("my iphone won't back up", "nope still failing",
            "my wifi is fine", "skip this one", "icloud storage is full", "that didn't help", "start over");
    /** A first message of the kind people paste into a help channel: 24 clauses, every one read. */
    private static final String PASTE = "hi sorry this is long. i have an iphone 12 mini, its on ios 17.5, and it "
            + "hasnt backed up for three weeks. i get the notification every day. i checked settings, the back up "
            + "this iphone switch is on and green. i pay for 200gb and it says 120gb free, so its not storage. "
            + "the phone is on the charger every night, my wifi is fast and my laptop is fine on it, and the "
            + "apple status page was all green when i looked. i already restarted it twice, signed out of icloud "
            + "and back in, and it still says the last backup could not be completed. i tried back up now as "
            + "well and it goes for a minute and then stops. my sister has the same phone and hers works. "
            + "what else can i do, im worried about my photos";

    @Param({"memory", "redis"})
    public String store;

    /** {@code script}: seven short texts; {@code paste}: {@link #PASTE}, with a number that differs each time. */
    @Param({"script", "paste"})
    public String messages;

    /** {@code warm}: the encoder caches short texts as shipped; {@code cold}: no cache, every text is encoded. */
    @Param({"warm", "cold"})
    public String cache;

    private ConversationEngine engine;
    private RedisServer redisServer;
    private RedisLink redis;

    @Setup(Level.Trial)
    public void start() throws IOException {
        NluSettings settings = NluSettings.defaults();
        HelpbotEngines.encoder(cache.equals("cold") ? settings.withCachedTexts(0) : settings);
        Content content = ContentLoader.standard().loadBundled();
        IntentClassifier classifier = HelpbotEngines.shippedClassifier();
        InMemorySessionStore memory = new InMemorySessionStore(1_000_000, Duration.ofHours(1));
        SessionStore sessions = memory;
        if (store.equals("redis")) {
            String url = System.getenv("REDIS_URL");
            if (url == null) {
                int port;
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                redisServer = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                        .setting("save \"\"").setting("appendonly no").build();
                redisServer.start();
                url = "redis://127.0.0.1:" + port;
            }
            redis = new RedisLink(url);
            sessions = new RedisSessionStore(redis, memory, "bench:", Duration.ofHours(1));
        }
        engine = ConversationEngine.builder(content, classifier).store(sessions).build();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        if (redis != null) {
            redis.close();
        }
        if (redisServer != null) {
            redisServer.stop();
        }
    }

    @Benchmark
    public Object handleMessage() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int user = random.nextInt(10_000);
        ConversationKey key = new ConversationKey("bench", "guild", "thread", "user" + user);
        String text = messages.equals("paste") ? PASTE.replace("three weeks", user + " days")
                : SCRIPT.get(random.nextInt(SCRIPT.size()));
        return engine.handle(IncomingMessage.text(key, text));
    }
}
