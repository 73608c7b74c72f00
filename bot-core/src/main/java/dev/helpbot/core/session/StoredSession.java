package dev.helpbot.core.session;

import dev.helpbot.core.dialogue.Session;
import java.util.Objects;

/**
 * A session as stored, with the version it was saved at and the delivery it answered last (null for none). Versions let several bot instances share one
 * conversation: a save succeeds only if nobody saved a newer version in between.
 */
public record StoredSession(Session session, long version, Answered answered) {

    /** The version of a conversation that has never been saved. */
    public static final long ABSENT = 0;

    public StoredSession {
        Objects.requireNonNull(session, "session");
    }

    /** A session saved by no platform delivery, or before deliveries were remembered. */
    public StoredSession(Session session, long version) {
        this(session, version, null);
    }

    /** Whether {@code deliveryId} is the delivery this conversation answered last. */
    public boolean answered(String deliveryId) {
        return deliveryId != null && answered != null && answered.deliveryId().equals(deliveryId);
    }

    public static StoredSession absent() {
        return new StoredSession(Session.NEW, ABSENT);
    }
}
