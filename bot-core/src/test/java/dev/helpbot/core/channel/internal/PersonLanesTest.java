package dev.helpbot.core.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PersonLanesTest {

    private final PersonLanes lanes = new PersonLanes("test-lane", 4);

    @AfterEach
    void close() {
        lanes.close(Duration.ofSeconds(5));
    }

    @Test
    void submit_oneLane_runsInOrderOffTheCallersThread() throws Exception {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(100);
        for (int i = 0; i < 100; i++) {
            int n = i;
            lanes.submit("alice", () -> {
                seen.add(n);
                threads.add(Thread.currentThread().getName());
                done.countDown();
            });
        }

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).isSorted().hasSize(100);
        assertThat(threads).allMatch(name -> name.startsWith("test-lane-"));
    }

    @Test
    void submit_aLaneWaitingOnItsPlatform_holdsNoOtherLaneUp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch bobAnswered = new CountDownLatch(1);
        lanes.submit("alice", () -> await(release));

        lanes.submit("bob", bobAnswered::countDown);

        assertThat(bobAnswered.await(5, TimeUnit.SECONDS)).isTrue();
        release.countDown();
    }

    @Test
    void submit_moreThanALaneHolds_isRefused() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        lanes.submit("alice", () -> {
            running.countDown();
            await(release);
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        int taken = 0;
        for (int i = 0; i < PersonLanes.MAX_QUEUED_PER_LANE + 10; i++) {
            taken += lanes.submit("alice", () -> { }) ? 1 : 0;
        }
        release.countDown();

        assertThat(taken).isEqualTo(PersonLanes.MAX_QUEUED_PER_LANE);
    }

    @Test
    void close_letsQueuedWorkFinish_thenRefusesMore() {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            lanes.submit("alice", () -> seen.add(n));
        }

        lanes.close(Duration.ofSeconds(5));

        assertThat(seen).hasSize(10);
        assertThat(lanes.submit("alice", () -> seen.add(99))).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
