package dev.helpbot.core.channel;

import dev.helpbot.core.Handoff;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.channel.DeliveryObserver.Outcome;
import dev.helpbot.core.channel.internal.DeliveryDedupe;
import dev.helpbot.core.channel.internal.PersonLanes;
import dev.helpbot.core.channel.internal.ThreadOwners;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Dispatcher}: one pipeline for every channel, each step described in {@link Dispatcher} and {@link Delivery}. */
final class LaneDispatcher<P extends Place> implements Dispatcher<P> {

    private static final Logger LOG = LoggerFactory.getLogger(LaneDispatcher.class);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    private final String platform;
    private final String command;
    private final ChannelRuntime runtime;
    private final Outbox<P> outbox;
    private final StaffDesk<P> desk;
    private final PersonLanes lanes;
    private final DeliveryDedupe dedupe;
    private final ThreadOwners owners = new ThreadOwners();
    private final TeamDesk<P> team;

    LaneDispatcher(String platform, String command, ChannelRuntime runtime, Outbox<P> outbox, StaffDesk<P> desk,
                   SupportTeam<P> supportTeam, int laneThreads, DeliveryDedupe dedupe) {
        this.platform = platform;
        this.command = command;
        this.runtime = runtime;
        this.outbox = outbox;
        this.desk = desk;
        this.dedupe = dedupe;
        this.lanes = new PersonLanes("helpbot-lane-" + platform, laneThreads);
        this.team = new TeamDesk<>(platform, runtime, outbox, supportTeam, lanes);
    }

    @Override
    public void submit(Delivery<P> delivery) {
        if (!dedupe.firstTime(delivery.id())) {
            LOG.debug("Ignored repeated {} delivery {}", platform, delivery.id());
            observe(Outcome.DUPLICATE);
            return;
        }
        if (!lanes.submit(delivery.lane(), () -> observe(run(delivery)))) {
            LOG.warn("Dropped a {} delivery: too much queued for one person, or the channel is closing", platform);
            observe(Outcome.DROPPED);
        }
    }

    private Outcome run(Delivery<P> delivery) {
        P place = delivery.place();
        String person = delivery.personId();
        try {
            Optional<StaffChoice> staff = delivery.staffChoice();
            if (staff.isPresent()) {
                return team.press(delivery, staff.get());
            }
            Optional<Outcome> gated = gate(delivery);
            if (gated.isPresent()) {
                return gated.get();
            }
            place = opened(delivery);
            IncomingMessage message = delivery.reading().read(place);
            if (message == null) {
                return Outcome.IGNORED;
            }
            Reply reply = runtime.conversations().handle(message);
            if (delivery.kind() == Delivery.Kind.FORUM_POST && reply.readAsOutOfScope()) {
                // A help forum's post that is not about backups: one short answer, and the post stays its author's.
                owners.disown(place.threadKey());
                outbox.post(place, Reply.plain(runtime.texts().forumOutOfScope(), reply), person);
                return Outcome.ANSWERED;
            }
            outbox.post(place, reply, person);
            if (reply.handoff().isPresent()) {
                handOver(team.note(reply.handoff().get(), message.key()), place, person);
            }
            team.answered(reply, place, message.key(), delivery.lane(), this::handOver);
            return Outcome.ANSWERED;
        } catch (PlaceUnavailable e) {
            LOG.info("The bot may not post there on {}: {}", platform, e.getMessage());
            return tell(place, person, runtime.texts().cannotPostHere(command), Outcome.CANNOT_POST);
        } catch (Exception e) {
            LOG.error("Answering a {} delivery failed", platform, e);
            return tell(place, person, runtime.texts().apology(), Outcome.FAILED);
        }
    }

    /** Who may move the conversation on: empty to go on, or how the delivery ended here. */
    private Optional<Outcome> gate(Delivery<P> delivery) throws Exception {
        P place = delivery.place();
        String person = delivery.personId();
        switch (delivery.kind()) {
            case CHOICE -> {
                if (!delivery.token().ownerId().equals(person)) {
                    return Optional.of(notYours(place, person));
                }
                if (place.threadKey() != null) {
                    // A press after a restart teaches the owner back, without asking the platform.
                    owners.remember(place.threadKey(), person);
                }
                tidy(delivery);
            }
            case IN_THREAD -> {
                Optional<String> owner;
                try {
                    owner = owners.ownerOf(place.threadKey(), delivery.owners());
                } catch (Exception e) {
                    LOG.debug("Could not tell who owns {} thread {}; the next message asks again: {}", platform,
                            place.threadKey(), e.toString());
                    return Optional.of(Outcome.IGNORED);
                }
                boolean owned = owner.map(person::equals).orElseGet(() -> delivery.mentionsBot()
                        && owners.claim(place.threadKey(), person));
                if (!owned) {
                    // Other people talk in someone's help thread freely; only addressing the bot gets an answer.
                    return Optional.of(delivery.mentionsBot() ? notYours(place, person) : Outcome.IGNORED);
                }
            }
            default -> {
                // The person owns the place: a direct message, or a command answered where it was typed.
            }
        }
        return Optional.empty();
    }

    /**
     * The place the conversation runs in: a thread opened for the person, or where they asked if that fails. When the
     * platform says the bot may not post there at all, answering inline would fail the same way: that is the
     * person's to fix, and they are told how.
     */
    private P opened(Delivery<P> delivery) throws PlaceUnavailable {
        if (delivery.kind() == Delivery.Kind.FORUM_POST) {
            owners.remember(delivery.place().threadKey(), delivery.personId());
        }
        if (delivery.opening() == null) {
            return delivery.place();
        }
        try {
            P thread = delivery.opening().open(delivery.place());
            if (thread.threadKey() != null) {
                owners.remember(thread.threadKey(), delivery.personId());
            }
            return thread;
        } catch (PlaceUnavailable e) {
            throw e;
        } catch (Exception e) {
            LOG.warn("Could not open a {} thread, answering where it was asked instead: {}", platform, e.toString());
            return delivery.place();
        }
    }

    private void tidy(Delivery<P> delivery) {
        if (delivery.tidying() == null) {
            return;
        }
        try {
            delivery.tidying().tidy(delivery.place());
        } catch (Exception e) {
            // Tidying up must never cost the person their answer.
            LOG.debug("Could not tidy up a pressed {} message: {}", platform, e.toString());
        }
    }

    /** The note goes to the staff desk; when there is none, or it fails, into the conversation, never nowhere. */
    private void handOver(Handoff note, P place, String ownerId) throws Exception {
        if (desk != null) {
            try {
                desk.post(note, place, ownerId);
                return;
            } catch (Exception e) {
                LOG.warn("Could not post a hand-over in the {} staff channel ({}); posted it in the conversation instead."
                        + " Check that the bot may post there.", platform, e.toString());
            }
        }
        outbox.postHandoff(place, note, ownerId);
    }

    private Outcome notYours(P place, String person) {
        return tell(place, person, runtime.texts().notYours(command), Outcome.NOT_YOURS);
    }

    private Outcome tell(P place, String person, String markup, Outcome outcome) {
        try {
            outbox.notice(place, person, markup);
        } catch (Exception e) {
            LOG.warn("Could not tell someone on {} ({}): {}", platform, outcome, e.toString());
        }
        return outcome;
    }

    private void observe(Outcome outcome) {
        try {
            runtime.observer().delivered(platform, outcome);
        } catch (RuntimeException e) {
            LOG.debug("A delivery observer failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        team.close();
        lanes.close(CLOSE_GRACE);
    }
}
