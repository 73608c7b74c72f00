package dev.helpbot.app.ops;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.ConversationObserver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured line per handled message (DEBUG) and per handoff (INFO), as key=value pairs. The
 * conversation is named by a hash of its key, so logs can follow one conversation without holding
 * user or channel ids; message text is never logged.
 */
public final class ConversationLog implements ConversationObserver {

    private static final Logger LOG = LoggerFactory.getLogger("helpbot.conversation");

    @Override
    public void onHandled(Handled handled) {
        if (handled.reply().handoff().isPresent()) {
            LOG.info("event=handoff conversation={} platform={} reason={} fixes_tried={}", hash(handled.key()),
                    handled.key().platform(), handled.reply().handoff().get().reason(), handled.after().attempts().size());
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("event=message conversation={} platform={} intent={} confidence={} state={} fix={} micros={}",
                    hash(handled.key()), handled.key().platform(), handled.reply().intent(),
                    String.format("%.2f", handled.reply().confidence()), handled.reply().status().wireName(),
                    handled.reply().fix(), handled.elapsedNanos() / 1000);
        }
    }

    /** The first 12 hex digits of SHA-256 over the key: stable across instances, not reversible in practice. */
    public static String hash(ConversationKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.asString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
