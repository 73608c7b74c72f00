package dev.helpbot.app.nlu;

/** A data set that cannot be used as given; the message names the file and, where it helps, the line. */
public final class DatasetException extends RuntimeException {

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
