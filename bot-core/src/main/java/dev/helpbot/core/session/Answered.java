package dev.helpbot.core.session;

import dev.helpbot.core.Reply;
import java.util.Objects;

/**
 * The platform delivery a conversation answered last, and the reply it got, saved with the session in the same
 * compare-and-set. If the instance that answered dies before the reply is out, the platform delivers the message again
 * and the engine gives this reply instead of deciding a second time on a session that already moved on.
 */
public record Answered(String deliveryId, Reply reply) {

    public Answered {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(reply, "reply");
    }
}
