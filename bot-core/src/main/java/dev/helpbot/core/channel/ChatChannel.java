package dev.helpbot.core.channel;

import java.util.Optional;

/**
 * A place people talk to the bot: Discord, Slack, the console. bot-app starts every enabled channel,
 * reports their health, and stops them on shutdown. Implementations live in adapter modules.
 */
public interface ChatChannel extends AutoCloseable {

    /** A short lower-case name for logs and health output, e.g. {@code discord}. */
    String name();

    /** Connects and starts taking messages. Throws with a clear message when it cannot (bad token, no network). */
    void start() throws Exception;

    /** True while connected and able to take messages. */
    boolean isConnected();

    /**
     * This channel's staff channel for other channels' hand-overs, usable once {@link #start() started}; empty when it
     * has none configured.
     */
    default Optional<SharedDesk> sharedDesk() {
        return Optional.empty();
    }

    /**
     * How long the platform's connection takes to answer a heartbeat, in milliseconds (Discord's gateway ping,
     * averaged over shards), or -1 when the channel has no such connection or is not connected.
     */
    default long gatewayPingMillis() {
        return -1;
    }

    /** Stops taking new messages, lets in-flight ones finish, and disconnects. Idempotent. */
    @Override
    void close();
}
