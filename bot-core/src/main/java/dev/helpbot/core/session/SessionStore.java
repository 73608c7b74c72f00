package dev.helpbot.core.session;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.dialogue.Session;
import java.util.Optional;

/** Where conversations are kept between messages. Implementations are thread-safe. */
public interface SessionStore {

    Optional<Session> load(ConversationKey key);

    void save(ConversationKey key, Session session);

    void delete(ConversationKey key);

    /** How many conversations are held, for metrics; an estimate is fine. */
    long size();
}
