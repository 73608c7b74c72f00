package dev.helpbot.app.nlu;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A single redrawn line on a terminal. A daemon thread draws a few times a second, so the classify
 * loop only writes a volatile counter and its timing is not disturbed by terminal output; training,
 * which cannot report progress, still shows a ticking clock.
 */
final class ProgressBar implements Progress {

    private static final int WIDTH = 30;
    private static final String SPINNER = "|/-\\";

    private final PrintWriter err;
    private final ScheduledExecutorService ticker;
    private volatile String step;
    private volatile long total;
    private volatile long done;
    private volatile long startedNanos;
    private int ticks;
    private int lastLength;

    ProgressBar(PrintWriter err) {
        this.err = err;
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "nlu-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::draw, 200, 200, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void begin(String step, long total) {
        this.total = total;
        this.done = 0;
        this.startedNanos = System.nanoTime();
        this.step = step;
        draw();
    }

    @Override
    public void update(long done) {
        this.done = done;
    }

    @Override
    public synchronized void end() {
        if (step != null) {
            done = total;
            draw();
            step = null;
            clear();
        }
    }

    @Override
    public synchronized void note(String line) {
        clear();
        err.println(line);
        err.flush();
        draw();
    }

    private synchronized void draw() {
        String current = step;
        if (current == null) {
            return;
        }
        long seconds = (System.nanoTime() - startedNanos) / 1_000_000_000L;
        StringBuilder line = new StringBuilder(current).append(' ');
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, done * WIDTH / total);
            line.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                    .append(done).append('/').append(total);
        } else {
            line.append(SPINNER.charAt(ticks++ % SPINNER.length()));
        }
        line.append("  ").append(seconds).append('s');
        // Pad over the previous, possibly longer, line instead of relying on ANSI escapes.
        int length = line.length();
        line.append(" ".repeat(Math.max(0, lastLength - length)));
        lastLength = length;
        err.print("\r" + line);
        err.flush();
    }

    private void clear() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }
}
