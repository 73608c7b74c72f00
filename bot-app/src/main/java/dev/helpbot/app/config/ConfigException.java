package dev.helpbot.app.config;

/** A setting is missing, unknown or invalid. The message names the key, where it came from, and the fix. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String source, String key, String problem, String fix) {
        super(source + ": " + key + ": " + problem + ". " + fix);
    }
}
