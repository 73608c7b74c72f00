package dev.helpbot.core;

import dev.helpbot.core.content.Content;
import dev.helpbot.core.dialogue.Decision;
import dev.helpbot.core.dialogue.DialoguePolicy;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.dialogue.TranscriptTurn;
import dev.helpbot.core.dialogue.Turn;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.reading.TurnReader;
import dev.helpbot.core.session.Answered;
import dev.helpbot.core.session.InMemorySessionStore;
import dev.helpbot.core.session.SessionStore;
import dev.helpbot.core.session.StoredSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reads a message and decides the answer: {@link #handle(IncomingMessage)}. Thread-safe. Channels reach it
 * through {@link Conversations}, usually wrapped in {@link StatsCommand} and {@link RateLimiter}.
 *
 * <p>Messages of one conversation are handled one at a time: within this process by a striped lock
 * (different conversations only contend when they share one of {@value #LOCK_STRIPES} stripes), and
 * across processes by the store's compare-and-set, retried on conflict. Retrying is safe because the
 * policy is a pure function of the stored session and the message.
 *
 * <p>The engine gives the policy what it must not take itself: the time, for a hand-over's ticket, and a fresh id for
 * each new hand-over. The support team's buttons ({@link IncomingMessage#staff}) reach the conversation here too, and
 * change its hand-over under the same lock and compare-and-set.
 *
 * <p>A message the platform delivers again (same {@link IncomingMessage#deliveryId()}) after the conversation answered
 * it gets the answer it got then, read from the store, with nothing decided, saved or observed again: the instance
 * that answered may have died before its reply was posted.
 */
public final class ConversationEngine implements Conversations {

    private static final int LOCK_STRIPES = 1024;
    private static final int MAX_SAVE_ATTEMPTS = 20;
    /** Turns the team's note shows unless {@link Builder#transcriptTurns} says otherwise. */
    public static final int DEFAULT_TRANSCRIPT_TURNS = 8;
    private static final SecureRandom IDS = new SecureRandom();

    private final TurnReader reader;
    private final DialoguePolicy policy;
    private final SessionStore store;
    private final ConversationObserver observer;
    private final Clock clock;
    private final int transcriptTurns;
    private final ReentrantLock[] stripes = new ReentrantLock[LOCK_STRIPES];
    private final AtomicInteger inFlight = new AtomicInteger();

    private ConversationEngine(Builder builder) {
        Content content = builder.content;
        this.reader = new TurnReader(builder.classifier, content, builder.settings);
        this.policy = new DialoguePolicy(content.playbook(), content.responses(), builder.settings.maxMessageLength());
        this.store = builder.store;
        this.observer = builder.observer;
        this.clock = builder.clock;
        this.transcriptTurns = builder.transcriptTurns;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            // Fair, so that a burst from one conversation is answered in the order it arrived.
            stripes[i] = new ReentrantLock(true);
        }
    }

    @Override
    public Reply handle(IncomingMessage message) {
        Objects.requireNonNull(message, "message");
        long started = System.nanoTime();
        inFlight.incrementAndGet();
        ReentrantLock lock = stripes[Math.floorMod(message.key().hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            TurnReader.Pending pending = reader.pending(message);
            Instant now = clock.instant();
            for (int attempt = 1; ; attempt++) {
                StoredSession stored = store.load(message.key()).orElseGet(StoredSession::absent);
                if (stored.answered(message.deliveryId())) {
                    return stored.answered().reply();
                }
                Session before = stored.session();
                Turn turn = null;
                Decision decision;
                if (message.staff() != null) {
                    decision = policy.onStaff(before, message.staff(), now);
                } else {
                    turn = reader.read(pending, before);
                    decision = policy.afterTurn(before, policy.decide(before, turn), said(message), words(message),
                            transcriptTurns, now, () -> newHandoffId(now));
                }
                Reply reply = decision.reply();
                Answered answered = message.deliveryId() == null ? null : new Answered(message.deliveryId(), reply);
                if (store.save(message.key(), decision.session(), stored.version(), answered)) {
                    observer.onHandled(new ConversationObserver.Handled(message.key(), turn, stored.session(),
                            decision.session(), reply, System.nanoTime() - started));
                    return reply;
                }
                if (attempt >= MAX_SAVE_ATTEMPTS) {
                    throw new IllegalStateException("conversation kept changing under " + MAX_SAVE_ATTEMPTS
                            + " attempts to save it; another instance may be stuck in a loop");
                }
                Thread.onSpinWait();
            }
        } finally {
            lock.unlock();
            inFlight.decrementAndGet();
        }
    }

    /** How the person spoke, for the transcript; null for the bare command, which tells the team nothing. */
    private static TranscriptTurn.Said said(IncomingMessage message) {
        if (message.command() != null) {
            return message.command().arguments().isEmpty() ? null : TranscriptTurn.Said.COMMAND;
        }
        return message.text() != null ? TranscriptTurn.Said.TEXT
                : message.choiceId() != null ? TranscriptTurn.Said.CHOICE : TranscriptTurn.Said.ATTACHMENT;
    }

    private static String words(IncomingMessage message) {
        if (message.command() != null) {
            return "/" + message.command().name() + " " + message.command().arguments();
        }
        return message.text() != null ? message.text() : message.choiceId() != null ? message.choiceId() : "";
    }

    /** Twelve characters: the opening time in base 36, so ids sort by age, and four random ones against collisions. */
    static String newHandoffId(Instant now) {
        StringBuilder id = new StringBuilder(Long.toString(now.toEpochMilli(), 36));
        for (int i = 0; i < 4; i++) {
            id.append(Character.forDigit(IDS.nextInt(36), 36));
        }
        return id.toString().toLowerCase(Locale.ROOT);
    }

    /** Starts building an engine around content and a trained classifier. */
    public static Builder builder(Content content, IntentClassifier classifier) {
        return new Builder(content, classifier);
    }

    /** Messages being handled right now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Waits until no message is being handled, for a graceful shutdown. Returns false on timeout. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        return true;
    }

    /** Everything but content and classifier has a default: memory sessions, default settings, no observer. */
    public static final class Builder {
        private final Content content;
        private final IntentClassifier classifier;
        private SessionStore store;
        private EngineSettings settings = EngineSettings.defaults();
        private ConversationObserver observer = ConversationObserver.NONE;
        private Clock clock = Clock.systemUTC();
        private int transcriptTurns = DEFAULT_TRANSCRIPT_TURNS;

        private Builder(Content content, IntentClassifier classifier) {
            this.content = Objects.requireNonNull(content, "content");
            this.classifier = Objects.requireNonNull(classifier, "classifier");
        }

        public Builder store(SessionStore sessionStore) {
            this.store = Objects.requireNonNull(sessionStore, "store");
            return this;
        }

        public Builder settings(EngineSettings engineSettings) {
            this.settings = Objects.requireNonNull(engineSettings, "settings");
            return this;
        }

        public Builder observer(ConversationObserver conversationObserver) {
            this.observer = Objects.requireNonNull(conversationObserver, "observer");
            return this;
        }

        /** The time hand-overs are opened and taken at; tests set it. */
        public Builder clock(Clock engineClock) {
            this.clock = Objects.requireNonNull(engineClock, "clock");
            return this;
        }

        /** How many of the last turns each conversation keeps for the team's note ({@code handoff.transcript_turns}). */
        public Builder transcriptTurns(int turns) {
            if (turns < 0) {
                throw new IllegalArgumentException("transcriptTurns must be 0 or more, got " + turns);
            }
            this.transcriptTurns = turns;
            return this;
        }

        public ConversationEngine build() {
            if (store == null) {
                store = new InMemorySessionStore(1_000_000, Duration.ofDays(7));
            }
            return new ConversationEngine(this);
        }
    }
}
