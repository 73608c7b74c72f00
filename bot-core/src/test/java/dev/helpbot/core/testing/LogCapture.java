package dev.helpbot.core.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event of every logger, at {@code level} or above, while open: all loggers are turned down to
 * that level (the test config keeps libraries at WARN), except those pinned to another level, and put back on
 * close.
 */
public final class LogCapture implements AutoCloseable {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<Logger, Level> levelsBefore = new HashMap<>();
    private final List<Appender<ILoggingEvent>> consoleAppenders = new ArrayList<>();

    private LogCapture(Level level, Map<String, Level> pinned) {
        for (Logger logger : context.getLoggerList()) {
            if (logger.getLevel() != null) {
                levelsBefore.put(logger, logger.getLevel());
                logger.setLevel(level);
            }
        }
        root.setLevel(level);
        pinned.forEach((name, pinnedLevel) -> {
            Logger logger = context.getLogger(name);
            levelsBefore.putIfAbsent(logger, logger.getLevel());
            logger.setLevel(pinnedLevel);
        });
        // The console would print thousands of TRACE lines into the build log; the capture is what is checked.
        root.iteratorForAppenders().forEachRemaining(consoleAppenders::add);
        consoleAppenders.forEach(root::detachAppender);
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
    }

    public static LogCapture of(Level level) {
        return new LogCapture(level, Map.of());
    }

    /** All loggers at {@code level}, but the named ones at their pinned level. */
    public static LogCapture of(Level level, Map<String, Level> pinned) {
        return new LogCapture(level, pinned);
    }

    /** Each event as one string: level, logger, formatted message, MDC, and the whole throwable with causes. */
    public List<String> lines() {
        return List.copyOf(appender.list).stream().map(LogCapture::render).toList();
    }

    private static String render(ILoggingEvent event) {
        StringBuilder out = new StringBuilder().append(event.getLevel()).append(' ').append(event.getLoggerName())
                .append(" - ").append(event.getFormattedMessage());
        if (!event.getMDCPropertyMap().isEmpty()) {
            out.append(' ').append(event.getMDCPropertyMap());
        }
        if (event.getThrowableProxy() != null) {
            out.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        return out.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        levelsBefore.forEach(Logger::setLevel);
        consoleAppenders.forEach(root::addAppender);
    }
}
