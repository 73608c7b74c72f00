package dev.helpbot.core.channel;

import dev.helpbot.core.Handoff;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.channel.DeliveryObserver.Outcome;
import dev.helpbot.core.channel.DeliveryLedger.Claim;
import dev.helpbot.core.channel.internal.PersonLanes;
import dev.helpbot.core.channel.internal.ThreadOwners;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Dispatcher}: one pipeline for every channel, each step described in {@link Dispatcher} and {@link Delivery}. */
final class LaneDispatcher<P extends Place> implements Dispatcher<P> {

    private static final Logger LOG = LoggerFactory.getLogger(LaneDispatcher.class);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);
    /** How often a delivery another instance holds is looked at again while the platform waits for the ack. */
    private static final long CLAIM_POLL_MILLIS = 50;
    /** Looking at another instance's claim stops this much before the ack budget ends, to say "later" in time. */
    private static final Duration DEFER_MARGIN = Duration.ofMillis(250);

    private final String platform;
    private final String command;
    private final ChannelRuntime runtime;
    private final Outbox<P> outbox;
    private final StaffDesk<P> desk;
    private final PersonLanes lanes;
    private final DeliveryLedger ledger;
    private final ThreadOwners owners = new ThreadOwners();
    private final TeamDesk<P> team;

    LaneDispatcher(String platform, String command, ChannelRuntime runtime, Outbox<P> outbox, StaffDesk<P> desk,
                   SupportTeam<P> supportTeam, int laneThreads, DeliveryLedger ledger) {
        this.platform = platform;
        this.command = command;
        this.runtime = runtime;
        this.outbox = outbox;
        this.desk = desk;
        this.ledger = ledger;
        this.lanes = new PersonLanes("helpbot-lane-" + platform, laneThreads);
        this.team = new TeamDesk<>(platform, runtime, outbox, supportTeam, lanes);
    }

    @Override
    public void submit(Delivery<P> delivery) {
        enqueue(delivery, null);
    }

    @Override
    public boolean submitBeforeAck(Delivery<P> delivery) {
        CompletableFuture<Outcome> ended = new CompletableFuture<>();
        if (!enqueue(delivery, ended)) {
            return false;
        }
        try {
            return ended.get(ACK_BUDGET.toMillis(), TimeUnit.MILLISECONDS) != Outcome.DEFERRED;
        } catch (TimeoutException | ExecutionException e) {
            // Still being answered here (a slow platform, a long queue): a retry now would only be a repeat.
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** @param ended completed with the outcome when the platform waits for it before acknowledging; else null */
    private boolean enqueue(Delivery<P> delivery, CompletableFuture<Outcome> ended) {
        long waitForOthersUntil = ended == null ? 0 : System.nanoTime() + ACK_BUDGET.minus(DEFER_MARGIN).toNanos();
        boolean queued = lanes.submit(delivery.lane(), () -> {
            Outcome outcome = Outcome.FAILED;
            try {
                outcome = claimAndRun(delivery, waitForOthersUntil, ended);
            } finally {
                observe(outcome);
                if (ended != null) {
                    ended.complete(outcome);
                }
            }
        });
        if (!queued) {
            LOG.warn("Dropped a {} delivery: too much queued for one person, or the channel is closing", platform);
            observe(Outcome.DROPPED);
        }
        return queued;
    }

    /**
     * Claims the delivery, answers it, lets the platform's ack go, and marks it answered. A delivery another instance
     * holds is a repeat for a platform that never redelivers; for one that does, it is looked at again until
     * {@code waitForOthersUntil} (the other instance answers, or its lease runs out), and otherwise deferred to the
     * platform's next try.
     */
    private Outcome claimAndRun(Delivery<P> delivery, long waitForOthersUntil, CompletableFuture<Outcome> ended) {
        String ledgerId = delivery.id() == null ? null : platform + ":" + delivery.id();
        Claim claim = ledgerId == null ? Claim.CLAIMED : ledger.claim(ledgerId);
        while (claim == Claim.IN_PROGRESS && System.nanoTime() < waitForOthersUntil && pause()) {
            claim = ledger.claim(ledgerId);
        }
        switch (claim) {
            case ANSWERED -> {
                LOG.debug("Ignored repeated {} delivery {}", platform, delivery.id());
                return Outcome.DUPLICATE;
            }
            case IN_PROGRESS -> {
                LOG.debug("{} delivery {} is being answered elsewhere", platform, delivery.id());
                return waitForOthersUntil == 0 ? Outcome.DUPLICATE : Outcome.DEFERRED;
            }
            default -> {
                Outcome outcome = run(delivery, ledgerId);
                if (ended != null) {
                    // The ack first: until Slack has it, a kill means a retry and the same reply posted again; once it
                    // has it, no retry comes, and marking the delivery answered only serves other instances' repeats.
                    ended.complete(outcome);
                }
                if (ledgerId != null) {
                    ledger.answered(ledgerId);
                }
                return outcome;
            }
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(CLAIM_POLL_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * @param ledgerId the delivery's id in the ledger, also given to the engine: a conversation that already answered
     *                 this delivery (on an instance that died before posting) answers it the same way again
     */
    private Outcome run(Delivery<P> delivery, String ledgerId) {
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
            Reply reply = runtime.conversations().handle(ledgerId == null ? message : message.withDeliveryId(ledgerId));
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
