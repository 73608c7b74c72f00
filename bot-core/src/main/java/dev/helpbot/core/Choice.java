package dev.helpbot.core;

import java.util.Objects;

/**
 * One next move the bot offers. Platforms with buttons show {@code label} on a button whose value is
 * {@code id}; the console shows numbered options. Ids are stable: adapters may persist them in messages.
 */
public record Choice(String id, String label) {
    public Choice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
