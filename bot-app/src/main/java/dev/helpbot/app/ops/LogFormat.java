package dev.helpbot.app.ops;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code log.format}. Logback reads {@code HELPBOT_LOG_FORMAT} itself when it starts, before any setting is
 * read, so the environment needs nothing here; a format set in the settings file reconfigures Logback once, from the
 * same bundled {@code logback.xml}, with the format as a context property (which Logback looks up before the
 * environment).
 */
public final class LogFormat {

    static final String PROPERTY = "HELPBOT_LOG_FORMAT";

    private LogFormat() {
    }

    /** @param format {@code text} or {@code json}, as the settings checked it */
    public static void use(String format) {
        String started = Objects.requireNonNullElse(System.getenv(PROPERTY), "text");
        if (format.equals(started) || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        URL configuration = LogFormat.class.getClassLoader().getResource("logback.xml");
        if (configuration == null || format.equals(context.getProperty(PROPERTY))) {
            return;
        }
        try {
            context.reset();
            context.putProperty(PROPERTY, format);
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(configuration);
        } catch (JoranException e) {
            // The bundled file was read at start-up already, so this cannot happen short of a broken jar.
            throw new IllegalStateException("could not apply log.format " + format + ": " + e.getMessage(), e);
        }
    }
}
