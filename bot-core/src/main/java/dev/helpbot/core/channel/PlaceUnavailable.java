package dev.helpbot.core.channel;

/**
 * Thrown by an {@link Outbox} when the platform says the bot may not post in a place (not invited, no
 * permission, archived). The dispatcher then tells the person, privately where it can, how to let it in.
 */
public final class PlaceUnavailable extends Exception {

    public PlaceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
