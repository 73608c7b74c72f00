package dev.helpbot.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Conversations;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.channel.DeliveryLedger.Claim;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dispatcher on a delivery ledger shared by two instances, and the ack that waits for the answer. */
class LedgerDispatchTest {

    private record TestPlace(String workspace, String channel) implements Place {
        @Override
        public String threadKey() {
            return null;
        }
    }

    private static final TestPlace DM = new TestPlace("T1", "D1");

    /** What each instance posted, as "instance: text". */
    private final List<String> wire = new CopyOnWriteArrayList<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> deliveryIds = new CopyOnWriteArrayList<>();
    private final SharedLedger shared = new SharedLedger();
    private volatile CountDownLatch engineGate = new CountDownLatch(0);

    private final Dispatcher<TestPlace> a = instance("a");
    private final Dispatcher<TestPlace> b = instance("b");

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    @Test
    void submitBeforeAck_returnsOnlyOnceTheReplyIsPosted() throws InterruptedException {
        assertThat(a.submitBeforeAck(delivery("Ev1", "hi"))).isTrue();

        assertThat(wire).containsExactly("a: reply to hi");
        // The ack goes first and the delivery is marked answered right after, on the lane: wait for that mark.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        Claim claim = shared.claim("test:event:Ev1");
        while (claim == Claim.IN_PROGRESS && System.nanoTime() < deadline) {
            Thread.sleep(5);
            claim = shared.claim("test:event:Ev1");
        }
        assertThat(claim).isEqualTo(Claim.ANSWERED);
    }

    @Test
    void sameEventToTwoInstancesAtOnce_isAnsweredOnce_andBothAcknowledge() throws Exception {
        engineGate = new CountDownLatch(1);
        Thread first = new Thread(() -> assertThat(a.submitBeforeAck(delivery("Ev2", "hi"))).isTrue());
        first.start();
        awaitClaim("test:event:Ev2");
        Thread second = new Thread(() -> assertThat(b.submitBeforeAck(delivery("Ev2", "hi"))).isTrue());
        second.start();
        Thread.sleep(200); // b looks while a is still answering
        engineGate.countDown();
        first.join(5000);
        second.join(5000);

        assertThat(wire).containsExactly("a: reply to hi");
        assertThat(asked).hasSize(1);
    }

    @Test
    void heldByAnInstanceThatDoesNotAnswer_isDeferredToThePlatformsNextTry() {
        shared.claim("test:event:Ev3"); // another instance claimed it and went quiet; its lease still runs

        long started = System.nanoTime();
        assertThat(b.submitBeforeAck(delivery("Ev3", "hi"))).isFalse();

        assertThat(System.nanoTime() - started).as("looked again for most of the ack budget, and answered within it")
                .isBetween(TimeUnit.SECONDS.toNanos(1), Dispatcher.ACK_BUDGET.toNanos());
        assertThat(wire).isEmpty();
    }

    @Test
    void theEngineIsToldWhichDelivery_soARedeliveryAfterADeathGetsTheAnswerGivenThen() {
        assertThat(b.submitBeforeAck(delivery("Ev4", "wifi keeps dropping"))).isTrue();

        assertThat(deliveryIds).containsExactly("test:event:Ev4");
    }

    private Dispatcher<TestPlace> instance(String name) {
        Conversations engine = message -> {
            asked.add(name);
            deliveryIds.add(message.deliveryId());
            try {
                engineGate.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Reply("reply to " + message.text(), List.of(), ConversationStatus.IDLE, null, null, 1.0,
                    Optional.empty());
        };
        Outbox<TestPlace> outbox = new Outbox<>() {
            @Override
            public void post(TestPlace place, Reply reply, String ownerId) {
                wire.add(name + ": " + reply.text());
            }

            @Override
            public void notice(TestPlace place, String personId, String markup) {
                wire.add(name + " notice: " + markup);
            }

            @Override
            public void postHandoff(TestPlace place, Handoff handoff, String ownerId) {
                wire.add(name + " handoff");
            }
        };
        return ChannelRuntime.of(engine, ChannelTexts.from(TestBots.content()), DeliveryObserver.NONE).withLedger(shared)
                .dispatcher("test", "/backup-help", outbox, null);
    }

    private static Delivery<TestPlace> delivery(String eventId, String text) {
        return Delivery.of(Delivery.id("event:", eventId), "U1", DM).reading(place ->
                IncomingMessage.text(new ConversationKey("test", "T1", "D1", "U1"), text));
    }

    private void awaitClaim(String id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!shared.claimed.containsKey(id) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    /** One ledger for both instances, as Redis would be, that shows who claimed what. */
    private static final class SharedLedger implements DeliveryLedger {
        private final DeliveryLedger memory = DeliveryLedger.inMemory(DEFAULT_WINDOW);
        final Map<String, Boolean> claimed = new ConcurrentHashMap<>();

        @Override
        public Claim claim(String deliveryId) {
            claimed.put(deliveryId, true);
            return memory.claim(deliveryId);
        }

        @Override
        public void answered(String deliveryId) {
            memory.answered(deliveryId);
        }
    }
}
