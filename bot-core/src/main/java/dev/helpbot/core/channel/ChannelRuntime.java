package dev.helpbot.core.channel;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.helpbot.core.Conversations;
import dev.helpbot.core.channel.internal.MemoryDeliveryLedger;
import java.time.Duration;
import java.util.Objects;

/**
 * What every channel gets from the core, built once by bot-app: the conversations to ask, the sentences to say,
 * and who hears how each delivery ended. A channel turns it into its own {@link Dispatcher}.
 */
public final class ChannelRuntime {

    /** Lanes a channel runs at once; the rest queue. Each may wait on its platform, so more than the cores. */
    private static final int LANE_THREADS = 32;

    private final Conversations conversations;
    private final ChannelTexts texts;
    private final DeliveryObserver observer;
    /** The ledger every dispatcher shares; null gives each dispatcher a memory of its own. */
    private final DeliveryLedger ledger;
    private final PlatformCalls platformCalls;
    private final Duration dedupeWindow;
    private final Ticker dedupeTicker;
    private final Handoffs handoffs;

    /** The support team's side of every channel: who hears of hand-over events, and when the team is pinged again. */
    private record Handoffs(HandoffListener listener, Duration repingAfter) {
        static final Handoffs NONE = new Handoffs(HandoffListener.NONE, Duration.ZERO);
    }

    private ChannelRuntime(Conversations conversations, ChannelTexts texts, DeliveryObserver observer,
                           DeliveryLedger ledger, PlatformCalls platformCalls, Duration dedupeWindow,
                           Ticker dedupeTicker, Handoffs handoffs) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.ledger = ledger;
        this.platformCalls = Objects.requireNonNull(platformCalls, "platformCalls");
        this.dedupeWindow = dedupeWindow;
        this.dedupeTicker = dedupeTicker;
        this.handoffs = handoffs;
    }

    public static ChannelRuntime of(Conversations conversations, ChannelTexts texts, DeliveryObserver observer) {
        return new ChannelRuntime(conversations, texts, observer, null, PlatformCalls.NONE,
                MemoryDeliveryLedger.DEFAULT_WINDOW, Ticker.systemTicker(), Handoffs.NONE);
    }

    /** The same runtime with another observer, e.g. a test's. */
    public ChannelRuntime withObserver(DeliveryObserver other) {
        return new ChannelRuntime(conversations, texts, other, ledger, platformCalls, dedupeWindow, dedupeTicker, handoffs);
    }

    /** How long each dispatcher's own memory keeps a delivery id, by a clock in nanoseconds that tests move by hand. */
    public ChannelRuntime withDedupeWindow(Duration window, Ticker nanoTicker) {
        return new ChannelRuntime(conversations, texts, observer, null, platformCalls, window, nanoTicker, handoffs);
    }

    /**
     * Hand-over events go to {@code listener} (the webhook) once each channel has done its part, and a note nobody
     * claimed within {@code repingAfter} pings the team once more ({@code handoff.reping_after}; zero: never).
     */
    public ChannelRuntime withHandoffs(HandoffListener listener, Duration repingAfter) {
        return new ChannelRuntime(conversations, texts, observer, ledger, platformCalls, dedupeWindow, dedupeTicker,
                new Handoffs(Objects.requireNonNull(listener, "listener"), Objects.requireNonNull(repingAfter, "repingAfter")));
    }

    /**
     * Every dispatcher claims its deliveries in {@code shared}, e.g. one in Redis that every instance of the bot
     * uses, so that the same delivery reaching two instances is answered once. Ids are prefixed by the platform.
     */
    public ChannelRuntime withLedger(DeliveryLedger shared) {
        return new ChannelRuntime(conversations, texts, observer, Objects.requireNonNull(shared, "shared"),
                platformCalls, dedupeWindow, dedupeTicker, handoffs);
    }

    /** Who hears how each platform API call ended: metrics. */
    public ChannelRuntime withPlatformCalls(PlatformCalls calls) {
        return new ChannelRuntime(conversations, texts, observer, ledger, calls, dedupeWindow, dedupeTicker, handoffs);
    }

    /** For the adapters' HTTP clients to report every answer of their platform's API to. */
    public PlatformCalls platformCalls() {
        return platformCalls;
    }

    public Conversations conversations() {
        return conversations;
    }

    public ChannelTexts texts() {
        return texts;
    }

    /**
     * A dispatcher for one channel, with its own lanes and memory of thread owners, claiming deliveries in the shared
     * ledger, or in a memory of its own when there is none.
     *
     * @param platform the channel's name, as in {@link dev.helpbot.core.ConversationKey#platform()}, e.g. {@code slack}
     * @param desk     the staff channel for hand-over notes; null posts them in the conversation
     * @param command  the slash command as people type it, for the sentences that name it
     */
    public <P extends Place> Dispatcher<P> dispatcher(String platform, String command, Outbox<P> outbox,
                                                      StaffDesk<P> desk) {
        return dispatcher(platform, command, outbox, desk, null);
    }

    /**
     * A dispatcher whose hand-over notes carry the support team's buttons (Claim, Solved, Back to the bot), which
     * {@code team} finds the conversation for; see {@link Delivery.Builder#team}.
     */
    public <P extends Place> Dispatcher<P> dispatcher(String platform, String command, Outbox<P> outbox,
                                                      StaffDesk<P> desk, SupportTeam<P> team) {
        return new LaneDispatcher<>(platform, command, this, outbox, desk, team, LANE_THREADS,
                ledger != null ? ledger : new MemoryDeliveryLedger(dedupeWindow, dedupeTicker));
    }

    DeliveryObserver observer() {
        return observer;
    }

    HandoffListener handoffListener() {
        return handoffs.listener();
    }

    Duration repingAfter() {
        return handoffs.repingAfter();
    }
}
