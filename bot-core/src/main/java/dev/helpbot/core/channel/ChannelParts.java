package dev.helpbot.core.channel;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starting and closing what a channel needs: waiting for a part a library starts in the background, and closing in
 * order, intake first, then the work already taken, then the clients it needed.
 */
public final class ChannelParts {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelParts.class);

    private ChannelParts() {
    }

    /**
     * Polls {@code lookup} every 50 ms until it gives something, e.g. a client library's connection that it creates in
     * the background; fails naming {@code what} after {@code timeout}.
     */
    public static <T> T awaitPresent(Supplier<T> lookup, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        T found;
        while ((found = lookup.get()) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " did not start within " + timeout);
            }
            Thread.sleep(50);
        }
        return found;
    }

    /** Closes each part that was started (null ones were not); a failure closing one never keeps the next open. */
    public static void closeQuietly(AutoCloseable... parts) {
        for (AutoCloseable part : parts) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                LOG.debug("Closing {} failed: {}", part, e.toString());
            }
        }
    }
}
