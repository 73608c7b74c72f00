package dev.helpbot.app.nlu;

import java.io.PrintWriter;

/**
 * Tells a person that a long run is alive. Always written to stderr, never stdout, so that
 * {@code --json} output stays one clean object for scripts.
 */
public interface Progress {

    /** Starts a step; {@code total} is the number of units, or 0 when the step cannot count (training). */
    void begin(String step, long total);

    /** Units done so far in the current step; cheap enough to call per row. */
    void update(long done);

    /** Ends the current step. */
    void end();

    /** A line worth keeping, such as "fold 2/5 done". */
    void note(String line);

    static Progress none() {
        return new Progress() {
            @Override
            public void begin(String step, long total) {
            }

            @Override
            public void update(long done) {
            }

            @Override
            public void end() {
            }

            @Override
            public void note(String line) {
            }
        };
    }

    /** A redrawn bar on a terminal; plain lines when stderr goes to a file or a pipe, where \r is noise. */
    static Progress to(PrintWriter err, boolean interactive) {
        return interactive ? new ProgressBar(err) : new ProgressLines(err);
    }
}
