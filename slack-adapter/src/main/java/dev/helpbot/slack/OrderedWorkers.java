package dev.helpbot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the slow half of each request (engine, Slack Web API calls) after the ack has gone out. Work for
 * one conversation always lands on the same single thread, so its answers are posted in the order the
 * messages came; different conversations run in parallel.
 */
final class OrderedWorkers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OrderedWorkers.class);
    private static final int QUEUE_PER_LANE = 1_000;

    private final List<ThreadPoolExecutor> lanes = new ArrayList<>();

    OrderedWorkers(int laneCount) {
        AtomicInteger threadNumber = new AtomicInteger();
        for (int i = 0; i < laneCount; i++) {
            lanes.add(new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_PER_LANE),
                    task -> {
                        Thread thread = new Thread(task, "helpbot-slack-" + threadNumber.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    }));
        }
    }

    /** Queues {@code task} behind earlier work for the same {@code orderingKey}; drops it (logged) when overloaded. */
    void submit(String orderingKey, Runnable task) {
        ThreadPoolExecutor lane = lanes.get(Math.floorMod(orderingKey.hashCode(), lanes.size()));
        try {
            lane.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("Slack work failed: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("Slack work dropped: {}", lane.isShutdown() ? "shutting down" : "too much queued");
        }
    }

    /** Lets queued work finish for up to {@code timeoutMillis}, then interrupts what is left. */
    void shutdown(long timeoutMillis) {
        lanes.forEach(ThreadPoolExecutor::shutdown);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        for (ThreadPoolExecutor lane : lanes) {
            try {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !lane.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                    lane.shutdownNow();
                }
            } catch (InterruptedException e) {
                lane.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        shutdown(10_000);
    }
}
