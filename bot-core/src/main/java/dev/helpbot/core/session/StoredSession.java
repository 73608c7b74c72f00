package dev.helpbot.core.session;

import dev.helpbot.core.dialogue.Session;
import java.util.Objects;

/**
 * A session as stored, with the version it was saved at. Versions let several bot instances share one
 * conversation: a save succeeds only if nobody saved a newer version in between.
 */
public record StoredSession(Session session, long version) {

    /** The version of a conversation that has never been saved. */
    public static final long ABSENT = 0;

    public StoredSession {
        Objects.requireNonNull(session, "session");
    }

    public static StoredSession absent() {
        return new StoredSession(Session.NEW, ABSENT);
    }
}
