package dev.helpbot.core.channel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closing what a channel started, in order: intake first, then the work already taken, then the clients it needed. */
public final class ChannelParts {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelParts.class);

    private ChannelParts() {
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
