package dev.helpbot.core;

import dev.helpbot.core.content.Content;
import dev.helpbot.core.dialogue.Decision;
import dev.helpbot.core.dialogue.DialoguePolicy;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.dialogue.Turn;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.session.SessionStore;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one call an adapter makes: {@link #handle(IncomingMessage)}. Thread-safe. Messages of one
 * conversation are handled one at a time, in arrival order per thread; different conversations run in
 * parallel, contending only when their keys share one of {@value #LOCK_STRIPES} lock stripes.
 */
public final class ConversationEngine {

    private static final int LOCK_STRIPES = 1024;

    private final TurnReader reader;
    private final DialoguePolicy policy;
    private final SessionStore store;
    private final ReentrantLock[] stripes = new ReentrantLock[LOCK_STRIPES];

    public ConversationEngine(Content content, IntentClassifier classifier, SessionStore store, EngineSettings settings) {
        Objects.requireNonNull(content, "content");
        this.reader = new TurnReader(classifier, content.playbook(), settings);
        this.policy = new DialoguePolicy(content.playbook(), content.responses(), settings.maxMessageLength());
        this.store = Objects.requireNonNull(store, "store");
        for (int i = 0; i < LOCK_STRIPES; i++) {
            // Fair, so that a burst from one conversation is answered in the order it arrived.
            stripes[i] = new ReentrantLock(true);
        }
    }

    public Reply handle(IncomingMessage message) {
        Objects.requireNonNull(message, "message");
        ReentrantLock lock = stripes[Math.floorMod(message.key().hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            Session session = store.load(message.key()).orElse(Session.NEW);
            Turn turn = reader.read(message, session);
            Decision decision = policy.decide(session, turn);
            store.save(message.key(), decision.session());
            return decision.reply().withInterpretation(turn.intent(), turn.confidence());
        } finally {
            lock.unlock();
        }
    }
}
