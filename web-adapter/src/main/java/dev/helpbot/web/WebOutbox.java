package dev.helpbot.web;

import dev.helpbot.core.Handoff;
import dev.helpbot.core.Reply;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.ChatFrames;
import dev.helpbot.core.channel.Outbox;
import dev.helpbot.core.channel.SharedDesk;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open sockets of each session and what the kit posts to them: every socket of a session gets every frame
 * (two tabs, a reload). Also where the web chat's hand-overs wait: the team cannot reach an anonymous visitor, so a
 * hand-over waits for the contact the page asks for ({@code {"contact": ...}}, empty for none), or
 * {@link #CONTACT_WAIT} at most, and then goes to the {@link SharedDesk} of Discord or Slack with that contact in its
 * first line; the person is then told {@code web.handoff_message}.
 */
final class WebOutbox implements Outbox<WebPlace>, AutoCloseable {

    static final Duration CONTACT_WAIT = Duration.ofMinutes(10);
    private static final Duration SEND_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(WebOutbox.class);

    private final Map<String, Set<Session>> sockets = new ConcurrentHashMap<>();
    private final Map<String, Handoff> waiting = new ConcurrentHashMap<>();
    /** Posts hand-overs one at a time, off the sockets' and lanes' threads, since a staff channel may be slow. */
    private final ScheduledExecutorService desking = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "helpbot-web-handoff");
        thread.setDaemon(true);
        return thread;
    });
    private final SharedDesk desk;
    private final ChannelTexts texts;
    private final String handoffMessage;

    /** @param desk where hand-overs go; null sends them nowhere, with a warning each time */
    WebOutbox(SharedDesk desk, ChannelTexts texts, String handoffMessage) {
        this.desk = desk;
        this.texts = texts;
        this.handoffMessage = handoffMessage;
    }

    void opened(String session, Session socket) {
        sockets.computeIfAbsent(session, s -> ConcurrentHashMap.newKeySet()).add(socket);
    }

    void closed(String session, Session socket) {
        sockets.computeIfPresent(session, (s, open) -> open.remove(socket) && open.isEmpty() ? null : open);
    }

    /**
     * Sends to every socket of the session and waits until each took the frame, so one session's frames leave in
     * order; a socket that closed meanwhile, or stays full past {@link #SEND_WAIT}, is given up on.
     */
    void send(String session, String frame) {
        try {
            CompletableFuture.allOf(sockets.getOrDefault(session, Set.of()).stream()
                    .map(socket -> Callback.Completable.with(sent -> socket.sendText(frame, sent)))
                    .toArray(CompletableFuture[]::new)).get(SEND_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("A web chat socket did not take a frame: {}", e.toString());
        }
    }

    /**
     * Every reply goes out, a silent one too: the page's typing indicator waits for it. A hand-over waits for its
     * contact from before its reply leaves, so a contact sent back at once always finds it.
     */
    @Override
    public void post(WebPlace place, Reply reply, String ownerId) {
        reply.handoff().ifPresent(handoff -> {
            waiting.put(place.session(), handoff);
            desking.schedule(() -> handOver(place.session(), handoff, null), CONTACT_WAIT.toSeconds(), TimeUnit.SECONDS);
        });
        send(place.session(), ChatFrames.reply(null, reply));
    }

    @Override
    public void notice(WebPlace place, String personId, String markup) {
        send(place.session(), ChatFrames.object(Map.of("notice", markup)));
    }

    /** The kit's hand-over comes right after its reply, which already set it waiting for a contact. */
    @Override
    public void postHandoff(WebPlace place, Handoff handoff, String ownerId) {
    }

    /** Sends the session's waiting hand-over with {@code contact} (empty for none); false when none is waiting. */
    boolean contactGiven(String session, String contact) {
        Handoff handoff = waiting.get(session);
        if (handoff != null) {
            desking.execute(() -> handOver(session, handoff, contact));
        }
        return handoff != null;
    }

    /** Once per hand-over: whichever comes first of the contact, the time limit and closing. */
    private void handOver(String session, Handoff handoff, String contact) {
        if (!waiting.remove(session, handoff)) {
            return;
        }
        try {
            if (desk == null) {
                LOG.warn("A web chat hand-over reached no one: set web.staff_desk to a channel with a handoff channel");
            } else {
                desk.post(handoff, texts.handoffFromWebChat(contact));
            }
        } catch (Exception e) {
            // The person already saw the summary; the team is the one who must hear about this.
            LOG.error("A web chat hand-over could not be posted in the staff channel: {}", e.toString());
        }
        send(session, ChatFrames.object(Map.of("notice", handoffMessage)));
    }

    /** Hand-overs still waiting for a contact go to the team without one, rather than nowhere. */
    @Override
    public void close() {
        desking.shutdownNow();
        waiting.forEach((session, handoff) -> handOver(session, handoff, null));
    }
}
