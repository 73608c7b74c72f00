package dev.helpbot.app.nlu;

import java.io.PrintWriter;

/** Progress for logs and pipes: one line when a step starts, nothing per row. */
final class ProgressLines implements Progress {

    private final PrintWriter err;

    ProgressLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void begin(String step, long total) {
        err.println(step + "...");
        err.flush();
    }

    @Override
    public void update(long done) {
    }

    @Override
    public void end() {
    }

    @Override
    public void note(String line) {
        err.println(line);
        err.flush();
    }
}
