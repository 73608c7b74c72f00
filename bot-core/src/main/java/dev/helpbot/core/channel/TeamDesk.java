package dev.helpbot.core.channel;

import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.HandoffEvent;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.StaffAction;
import dev.helpbot.core.channel.DeliveryObserver.Outcome;
import dev.helpbot.core.channel.internal.PersonLanes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the dispatcher does for the support team around a hand-over, once for every channel: the note's text with the
 * transcript and its buttons; a press on them (the team check, the engine, the note updated without a new ping, the
 * person told); the webhook; a forum post's tags; the reminder after {@code handoff.reping_after}; and archiving a
 * resolved thread after {@link SupportTeam#archiveAfter}. Everything runs on the conversation's lane; the timers only
 * put work back on it.
 */
final class TeamDesk<P extends Place> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TeamDesk.class);

    /** Posts a hand-over note where the dispatcher routes notes: the staff desk, or the conversation. */
    @FunctionalInterface
    interface NotePoster<P> {
        void post(Handoff note, P conversation, String ownerId) throws Exception;
    }

    private final String platform;
    private final ChannelRuntime runtime;
    private final Outbox<P> outbox;
    private final SupportTeam<P> team;
    private final PersonLanes lanes;
    private final ScheduledExecutorService timers;
    /** The pending archive of each thread, by thread key; anything said there since replaces or removes it. */
    private final Map<String, Object> archives = new ConcurrentHashMap<>();

    /** @param team the channel's support team side, or null when its notes carry no buttons (the web chat's) */
    TeamDesk(String platform, ChannelRuntime runtime, Outbox<P> outbox, SupportTeam<P> team, PersonLanes lanes) {
        this.platform = platform;
        this.runtime = runtime;
        this.outbox = outbox;
        this.team = team;
        this.lanes = lanes;
        this.timers = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "helpbot-team-timers-" + platform);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The note for a new hand-over: its summary and transcript, and the team's buttons where they can be pressed. */
    Handoff note(Handoff handoff, ConversationKey conversation) {
        List<Choice> buttons = team == null || handoff.id().isEmpty() ? List.of()
                : StaffChoice.buttons(texts(), handoff.id(), conversation, false);
        return handoff.asNote(texts().handoffNote(handoff), buttons);
    }

    /**
     * After a reply was posted in the conversation at {@code place}: the webhook hears what it did to a hand-over, a
     * forum post shows it, and a resolution starts the archive timer. The note itself went out first.
     */
    void answered(Reply reply, P place, ConversationKey key, String lane, NotePoster<P> notes) {
        if (place.threadKey() != null) {
            archives.remove(place.threadKey());
        }
        Optional<HandoffEvent> event = reply.handoffEvent();
        if (event.isPresent()) {
            publish(event.get(), place);
        }
        if (event.isPresent() && event.get().kind() == HandoffEvent.Kind.CREATED) {
            mark(place, SupportTeam.Mark.HANDED_OVER);
            remindLater(event.get().handoff().id(), key, place, lane, notes);
        }
        if (reply.status() == ConversationStatus.RESOLVED) {
            resolved(place, lane);
        }
    }

    /**
     * A press on a hand-over note's button. Someone not on the team gets a private refusal and nothing else happens:
     * no edit, no engine call, no webhook. A press the engine refuses (closed, taken) is answered privately too.
     */
    Outcome press(Delivery<P> delivery, StaffChoice choice) throws Exception {
        P here = delivery.place();
        String presser = delivery.personId();
        if (team == null || delivery.teamCheck() == null || !delivery.teamCheck().onTheTeam()) {
            tell(here, presser, texts().staffOnly());
            return Outcome.NOT_YOURS;
        }
        String owner = delivery.token().ownerId();
        ConversationKey key = choice.conversation(platform, owner);
        Reply reply = runtime.conversations().handle(IncomingMessage.staff(key,
                new StaffAction(choice.action(), choice.handoffId(), presser, delivery.personName())));
        if (reply.handoffEvent().isEmpty()) {
            tell(here, presser, reply.text());
            return Outcome.ANSWERED;
        }
        HandoffEvent event = reply.handoffEvent().get();
        List<Choice> left = event.kind() == HandoffEvent.Kind.CLAIMED
                ? StaffChoice.buttons(texts(), choice.handoffId(), key, true) : List.of();
        try {
            delivery.noteUpdate().update(here, texts().staffNote(event.kind(), delivery.personName()), left);
        } catch (Exception e) {
            // The team's action counts even when the note could not show it; the person and the webhook still hear.
            LOG.warn("Could not update a {} hand-over note: {}", platform, e.toString());
        }
        P conversation = team.conversation(here, choice.workspace(), choice.channel(), owner);
        outbox.post(conversation, reply, owner);
        publish(event, conversation);
        if (event.kind() == HandoffEvent.Kind.SOLVED) {
            resolved(conversation, delivery.lane());
        }
        return Outcome.ANSWERED;
    }

    private void resolved(P place, String lane) {
        mark(place, SupportTeam.Mark.RESOLVED);
        Duration after = team == null ? Duration.ZERO : team.archiveAfter();
        if (place.threadKey() == null || after.isZero() || after.isNegative()) {
            return;
        }
        Object pending = new Object();
        archives.put(place.threadKey(), pending);
        schedule(after, lane, () -> {
            if (archives.remove(place.threadKey(), pending)) {
                try {
                    team.archive(place);
                } catch (Exception e) {
                    LOG.warn("Could not archive a resolved {} thread: {}", platform, e.toString());
                }
            }
        });
    }

    /** {@code handoff.reping_after} later, on the conversation's lane: pinged once more if nobody took it. */
    private void remindLater(String handoffId, ConversationKey key, P place, String lane, NotePoster<P> notes) {
        Duration after = runtime.repingAfter();
        if (after.isZero() || after.isNegative()) {
            return;
        }
        schedule(after, lane, () -> {
            try {
                Reply reply = runtime.conversations().handle(IncomingMessage.staff(key, StaffAction.remind(handoffId)));
                Optional<HandoffEvent> reminded = reply.handoffEvent()
                        .filter(event -> event.kind() == HandoffEvent.Kind.REMINDED);
                if (reminded.isPresent()) {
                    notes.post(reminded.get().handoff().asNote(texts().staffReminder(after.toMinutes()), List.of()),
                            place, key.user());
                }
            } catch (Exception e) {
                LOG.warn("Could not remind the {} support team of a hand-over: {}", platform, e.toString());
            }
        });
    }

    private void schedule(Duration after, String lane, Runnable work) {
        try {
            timers.schedule(() -> {
                if (!lanes.submit(lane, work)) {
                    LOG.debug("A {} team timer found its lane closed or full", platform);
                }
            }, after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("The {} channel is closing: no timer", platform);
        }
    }

    private void publish(HandoffEvent event, P conversation) {
        if (event.kind() == HandoffEvent.Kind.REMINDED) {
            return;
        }
        Optional<String> link = Optional.empty();
        try {
            link = team == null ? Optional.empty() : team.link(conversation);
        } catch (Exception e) {
            LOG.debug("No link to a {} conversation for the webhook: {}", platform, e.toString());
        }
        try {
            runtime.handoffListener().handoffEvent(event, platform, link);
        } catch (RuntimeException e) {
            LOG.warn("A hand-over listener failed: {}", e.toString());
        }
    }

    private void mark(P place, SupportTeam.Mark mark) {
        if (team == null) {
            return;
        }
        try {
            team.mark(place, mark);
        } catch (Exception e) {
            LOG.warn("Could not mark a {} conversation {}: {}", platform, mark, e.toString());
        }
    }

    private void tell(P place, String person, String markup) {
        if (markup.isBlank()) {
            return;
        }
        try {
            outbox.notice(place, person, markup);
        } catch (Exception e) {
            LOG.warn("Could not tell a {} team member: {}", platform, e.toString());
        }
    }

    private ChannelTexts texts() {
        return runtime.texts();
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }
}
