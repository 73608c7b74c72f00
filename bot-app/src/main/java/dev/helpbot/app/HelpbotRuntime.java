package dev.helpbot.app;

import dev.helpbot.app.config.ConfigException;
import dev.helpbot.app.config.HelpbotConfig;
import dev.helpbot.app.ops.ConversationLog;
import dev.helpbot.app.ops.DeliveryMetrics;
import dev.helpbot.app.ops.MetricsObserver;
import dev.helpbot.app.ops.OpsServer;
import dev.helpbot.app.ops.PlatformCallMetrics;
import dev.helpbot.app.ops.ProcessMetrics;
import dev.helpbot.app.redis.RedisAnalyticsSink;
import dev.helpbot.app.redis.RedisDeliveryLedger;
import dev.helpbot.app.redis.RedisLink;
import dev.helpbot.app.redis.RedisRateBuckets;
import dev.helpbot.app.redis.RedisSessionStore;
import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.ConversationObserver;
import dev.helpbot.core.Conversations;
import dev.helpbot.core.EngineSettings;
import dev.helpbot.core.RateLimiter;
import dev.helpbot.core.RateBuckets;
import dev.helpbot.core.StatsCommand;
import dev.helpbot.core.analytics.AnalyticsRecorder;
import dev.helpbot.core.analytics.AnalyticsSink;
import dev.helpbot.core.analytics.InMemoryAnalyticsSink;
import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.DeliveryLedger;
import dev.helpbot.core.channel.HandoffListener;
import dev.helpbot.core.channel.HandoffWebhook;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.ContentLoader;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.nlu.NluSettings;
import dev.helpbot.core.session.InMemorySessionStore;
import dev.helpbot.core.session.SessionStore;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one bot process shares, built from the configuration: content, the trained engine, the
 * session store (Redis when {@code REDIS_URL} is set, memory otherwise), analytics and metrics.
 */
public final class HelpbotRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HelpbotRuntime.class);

    private final HelpbotConfig config;
    private final Content content;
    private final SessionStore store;
    private final AnalyticsSink analytics;
    private final PrometheusMeterRegistry metrics;
    private final Optional<RedisLink> redis;
    private final ConversationEngine engine;
    private final IntentClassifier classifier;
    private final Conversations conversations;
    /** The conversations behind the stats command, before any rate limit. */
    private final Conversations answered;
    /** Shared by every channel of the process, so each delivery id is claimed once here and across instances. */
    private final DeliveryLedger deliveries;
    /** Every channel's hand-over events, POSTed to {@code HANDOFF_WEBHOOK_URL} when it is set. */
    private final Optional<HandoffWebhook> webhook;

    private HelpbotRuntime(HelpbotConfig config, boolean publicChannels) {
        long started = System.nanoTime();
        this.config = config;
        ContentLoader loader = ContentLoader.standard();
        this.content = config.content().directory()
                .map(dir -> loader.loadDirectory(Path.of(dir)))
                .orElseGet(loader::loadBundled);
        InMemorySessionStore memory = new InMemorySessionStore(config.sessions().maxSessions(),
                config.sessions().idleExpiry());
        this.webhook = webhook(config.secrets());
        this.redis = config.secrets().redisUrl().map(RedisLink::new);
        String prefix = config.sessions().redisKeyPrefix();
        this.store = redis.<SessionStore>map(link -> new RedisSessionStore(link, memory, prefix,
                config.sessions().idleExpiry())).orElse(memory);
        this.deliveries = redis.<DeliveryLedger>map(link -> new RedisDeliveryLedger(link, prefix,
                config.sessions().deliveryLease(), DeliveryLedger.DEFAULT_WINDOW))
                .orElseGet(() -> DeliveryLedger.inMemory(DeliveryLedger.DEFAULT_WINDOW));
        this.analytics = redis.<AnalyticsSink>map(link -> new RedisAnalyticsSink(link, prefix))
                .orElseGet(InMemoryAnalyticsSink::new);
        this.metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        ProcessMetrics.bindTo(metrics);
        Gauge.builder("helpbot.sessions", store, SessionStore::size).description("Conversations held").register(metrics);
        redis.ifPresent(link -> FunctionCounter.builder("helpbot.redis.errors", link, RedisLink::errorCount)
                .description("Redis commands that failed").register(metrics));
        redis.ifPresent(link -> Gauge.builder("helpbot.redis.up", link, up -> up.isUp() ? 1 : 0)
                .description("1 while Redis answers, 0 while the bot answers from memory").register(metrics));
        EngineSettings settings = new EngineSettings(config.engine().confidenceThreshold(),
                config.engine().maxMessageLength(), config.engine().clarifyThreshold(), config.engine().clauseThreshold());
        NluSettings nlu = nluSettings(config.nlu());
        this.classifier = new NluStartup(nlu).classifier(content, config.content().directory().map(Path::of));
        this.engine = ConversationEngine.builder(content, classifier)
                .store(store).settings(settings).transcriptTurns(config.handoff().transcriptTurns())
                .observer(ConversationObserver.all(new AnalyticsRecorder(analytics), new MetricsObserver(metrics),
                        new ConversationLog())).build();
        this.answered = new StatsCommand(engine, content, store, analytics::snapshot);
        this.conversations = publicChannels ? rateLimited(answered, config.limits(), prefix) : answered;
        Gauge.builder("helpbot.in.flight", engine, ConversationEngine::inFlight).register(metrics);
        LOG.info("engine ready in {} ms: {} fixes, {} intents, {} examples, sessions in {}",
                (System.nanoTime() - started) / 1_000_000, content.playbook().size(), content.nlu().intents().size(),
                content.nlu().examples().size(), redis.isPresent() ? "Redis" : "memory");
    }

    /** The signed hand-over webhook, when {@code HANDOFF_WEBHOOK_URL} is set; it needs {@code HANDOFF_WEBHOOK_SECRET}. */
    static Optional<HandoffWebhook> webhook(HelpbotConfig.Secrets secrets) {
        if (secrets.handoffWebhookUrl().isEmpty()) {
            return Optional.empty();
        }
        String fix = "Set HANDOFF_WEBHOOK_URL to the help desk's http(s) URL and HANDOFF_WEBHOOK_SECRET to the shared secret";
        URI url;
        try {
            url = new URI(secrets.handoffWebhookUrl().get());
        } catch (URISyntaxException e) {
            // Never the value itself: such URLs often carry a token.
            throw new ConfigException("the environment", "HANDOFF_WEBHOOK_URL", "is not a valid URL", fix);
        }
        try {
            return Optional.of(new HandoffWebhook(url, secrets.handoffWebhookSecret().orElse(null)));
        } catch (IllegalArgumentException e) {
            // Its messages name the variables, never their values.
            throw new ConfigException("the environment", "HANDOFF_WEBHOOK_URL", e.getMessage(), fix);
        }
    }

    /** For the console and scripts: no rate limits, since one person drives the bot as fast as they like. */
    public static HelpbotRuntime start(HelpbotConfig config) {
        return new HelpbotRuntime(config, false);
    }

    /** For Discord, Slack and the web chat, where anyone can write: rate limits on. */
    public static HelpbotRuntime startForChannels(HelpbotConfig config) {
        return new HelpbotRuntime(config, true);
    }

    private static NluSettings nluSettings(HelpbotConfig.Nlu nlu) {
        NluSettings defaults = NluSettings.defaults();
        return new NluSettings(nlu.encoderEnabled(), nlu.cacheDir().map(Path::of).orElse(defaults.cacheDirectory()),
                nlu.cachedTexts(), defaults.cachedTextLength(), defaults.threads());
    }

    /** Limits per person and per channel, shared by every instance through Redis when it is set. */
    private Conversations rateLimited(Conversations answered, HelpbotConfig.Limits limits, String prefix) {
        RateBuckets perUser = limits.userPerMinute() == 0 ? null : redis.<RateBuckets>map(link -> new RedisRateBuckets(
                link, prefix + "rate:user:", limits.userPerMinute(), limits.userBurst()))
                .orElseGet(() -> RateBuckets.inMemory(limits.userPerMinute(), limits.userBurst()));
        RateBuckets perChannel = limits.channelPerMinute() == 0 ? null : redis.<RateBuckets>map(link ->
                new RedisRateBuckets(link, prefix + "rate:channel:", limits.channelPerMinute(), limits.channelBurst()))
                .orElseGet(() -> RateBuckets.inMemory(limits.channelPerMinute(), limits.channelBurst()));
        return new RateLimiter(answered, content, perUser, perChannel);
    }

    public HelpbotConfig config() {
        return config;
    }

    public Content content() {
        return content;
    }

    /** The engine itself, for draining on shutdown; channels talk to {@link #conversations()}. */
    public ConversationEngine engine() {
        return engine;
    }

    /** The intent classifier the engine reads with. */
    public IntentClassifier classifier() {
        return classifier;
    }

    /** What the console calls: the engine behind the stats command, and behind rate limits for public channels. */
    public Conversations conversations() {
        return conversations;
    }

    /** What Discord and Slack are built on: the conversations, the channel sentences, and delivery metrics. */
    public ChannelRuntime channelRuntime() {
        return ChannelRuntime.of(conversations, ChannelTexts.from(content), new DeliveryMetrics(metrics))
                .withLedger(deliveries).withPlatformCalls(new PlatformCallMetrics(metrics)).withHandoffs(handoffListener(),
                        config.handoff().repingAfter());
    }

    private HandoffListener handoffListener() {
        return webhook.<HandoffListener>map(hook -> hook).orElse(HandoffListener.NONE);
    }

    /** Where sessions and delivery claims live now: memory, Redis, or memory while Redis is away. */
    public OpsServer.StoreState storeState() {
        return redis.map(link -> link.isUp() ? OpsServer.StoreState.REDIS_OK : OpsServer.StoreState.REDIS_DEGRADED)
                .orElse(OpsServer.StoreState.MEMORY);
    }

    /**
     * What the web chat is built on: the same conversations and sessions, behind its own limit per session
     * ({@code web.session_*}); its session is both the person and the place, so it has no limit per channel.
     */
    public ChannelRuntime webChannelRuntime() {
        HelpbotConfig.Web web = config.web();
        RateBuckets perSession = web.sessionPerMinute() == 0 ? null
                : RateBuckets.inMemory(web.sessionPerMinute(), web.sessionBurst());
        return ChannelRuntime.of(new RateLimiter(answered, content, perSession, null), ChannelTexts.from(content),
                new DeliveryMetrics(metrics)).withLedger(deliveries).withPlatformCalls(new PlatformCallMetrics(metrics))
                .withHandoffs(handoffListener(), config.handoff().repingAfter());
    }

    public SessionStore store() {
        return store;
    }

    public AnalyticsSink analytics() {
        return analytics;
    }

    public PrometheusMeterRegistry metrics() {
        return metrics;
    }

    @Override
    public void close() {
        webhook.ifPresent(HandoffWebhook::close);
        redis.ifPresent(RedisLink::close);
    }
}
