package dev.helpbot.discord;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a help thread belongs to, also after a restart emptied {@link HelpThreads}: the bot opens every help
 * thread off a starter message, and a thread opened off a message has that message's id. The starter is the
 * bot's "Backup help for …" answer to {@code /backup-help} (its interaction names who ran the command) or the
 * message that mentioned the bot (its author). Only threads the bot itself created are looked up, once each,
 * without blocking JDA's event thread; messages in a thread being looked up wait and are handled in order.
 */
final class ThreadOwnerLookup {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadOwnerLookup.class);

    private final HelpThreads threads;
    /** Per thread, the handlers waiting for its owner, in arrival order. A thread is here while its lookup runs. */
    private final Map<String, Deque<Consumer<Optional<String>>>> waiting = new HashMap<>();

    ThreadOwnerLookup(HelpThreads threads) {
        this.threads = threads;
    }

    /**
     * Calls {@code handler} with the thread's owner, or empty when it is not a help thread of this bot: at once
     * when known, else after one REST call, always after the handlers of earlier messages in that thread.
     */
    void withOwner(ThreadChannel thread, String selfId, Consumer<Optional<String>> handler) {
        String threadId = thread.getId();
        Deque<Consumer<Optional<String>>> queue;
        synchronized (this) {
            Deque<Consumer<Optional<String>>> lookupRunning = waiting.get(threadId);
            if (lookupRunning != null) {
                lookupRunning.add(handler);
                return;
            }
            // Threads someone else created cannot be ours, so they cost no REST call.
            if (threads.isKnown(threadId) || !selfId.equals(thread.getOwnerId())) {
                queue = null;
            } else {
                queue = new ArrayDeque<>();
                queue.add(handler);
                waiting.put(threadId, queue);
            }
        }
        if (queue == null) {
            // No lookup runs for this thread, so no earlier message can still be waiting: answer in place.
            handler.accept(threads.ownerOf(threadId));
        } else {
            // Outside the lock: should JDA ever run the callback at once, it drains on this thread.
            lookUpLater(thread, selfId);
        }
    }

    private void lookUpLater(ThreadChannel thread, String selfId) {
        String threadId = thread.getId();
        try {
            thread.retrieveParentMessage().queue(starter -> {
                Optional<String> owner = ownerFrom(starter, selfId);
                owner.ifPresentOrElse(ownerId -> threads.opened(threadId, ownerId), () -> threads.notOurs(threadId));
                LOG.debug("Thread {} belongs to {}", threadId, owner.orElse("nobody the bot helps"));
                drain(threadId, owner);
            }, failure -> {
                LOG.debug("Could not read the starter message of thread {}, treating it as not a help thread: {}",
                        threadId, failure.toString());
                // Discord's own "no" (unknown message, missing access) is final; a server error may pass.
                if (failure instanceof ErrorResponseException error && !error.isServerError()) {
                    threads.notOurs(threadId);
                }
                drain(threadId, Optional.empty());
            });
        } catch (RuntimeException e) {
            // JDA checks permissions before sending, e.g. Read Message History in the parent channel.
            LOG.debug("Could not look up the starter message of thread {}: {}", threadId, e.toString());
            threads.notOurs(threadId);
            drain(threadId, Optional.empty());
        }
    }

    /** Runs the waiting handlers one by one, including any that arrive meanwhile, then lets messages through. */
    private void drain(String threadId, Optional<String> owner) {
        while (true) {
            Consumer<Optional<String>> next;
            synchronized (this) {
                next = waiting.get(threadId).poll();
                if (next == null) {
                    waiting.remove(threadId);
                    return;
                }
            }
            try {
                next.accept(owner);
            } catch (RuntimeException e) {
                LOG.error("Handling a message in thread {} failed", threadId, e);
            }
        }
    }

    /** The person a thread opened off {@code starter} belongs to, or empty when the bot did not open it for anyone. */
    @SuppressWarnings("deprecation") // getInteraction() is how messages from before interaction_metadata name the user.
    static Optional<String> ownerFrom(Message starter, String selfId) {
        if (starter.getAuthor().getId().equals(selfId)) {
            if (starter.getInteractionMetadata() != null) {
                return Optional.of(starter.getInteractionMetadata().getUser().getId());
            }
            if (starter.getInteraction() != null) {
                return Optional.of(starter.getInteraction().getUser().getId());
            }
            return Optional.empty();
        }
        if (starter.getAuthor().isBot() || starter.getAuthor().isSystem() || starter.isWebhookMessage()) {
            return Optional.empty();
        }
        return Optional.of(starter.getAuthor().getId());
    }
}
