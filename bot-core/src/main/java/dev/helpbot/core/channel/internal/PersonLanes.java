package dev.helpbot.core.channel.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work off the platform's I/O threads, in order per lane and in parallel across lanes. A lane exists only
 * while it has work; one waiting on the platform (a rate limit, a slow call) holds its own thread, never another
 * person's, unlike lanes hashed onto a fixed set of threads.
 */
public final class PersonLanes {

    /** More than a person can send under the rate limits; beyond it something is looping. */
    static final int MAX_QUEUED_PER_LANE = 200;

    private static final Logger LOG = LoggerFactory.getLogger(PersonLanes.class);

    private final ThreadPoolExecutor threads;
    private final Map<String, Lane> lanes = new HashMap<>();
    private boolean closed;

    private static final class Lane {
        private final String key;
        private final Queue<Runnable> work = new ArrayDeque<>();
        private boolean running;

        private Lane(String key) {
            this.key = key;
        }
    }

    /** @param threadName prefix of the lanes' thread names, e.g. {@code helpbot-lane-slack} */
    public PersonLanes(String threadName, int maxThreads) {
        AtomicInteger number = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(maxThreads, maxThreads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, threadName + "-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        threads.allowCoreThreadTimeOut(true);
    }

    /** Queues {@code task} behind earlier work of the same lane; false when it was not taken (too much, or closed). */
    public boolean submit(String laneKey, Runnable task) {
        Lane lane;
        synchronized (this) {
            if (closed) {
                return false;
            }
            lane = lanes.computeIfAbsent(laneKey, Lane::new);
            if (lane.work.size() >= MAX_QUEUED_PER_LANE) {
                return false;
            }
            lane.work.add(task);
            if (lane.running) {
                return true;
            }
            lane.running = true;
        }
        try {
            threads.execute(() -> drain(lane));
            return true;
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                lanes.remove(laneKey);
            }
            return false;
        }
    }

    private void drain(Lane lane) {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = lane.work.poll();
                if (next == null) {
                    lane.running = false;
                    lanes.remove(lane.key);
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                LOG.error("Work on lane {} failed", lane.key, e);
            }
        }
    }

    /** Takes no more work, lets what is queued finish within {@code grace}, then interrupts the rest. */
    public void close(Duration grace) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        threads.shutdown();
        try {
            if (!threads.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
