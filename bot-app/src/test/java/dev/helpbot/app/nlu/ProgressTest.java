package dev.helpbot.app.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void piped_printsPlainLines_withoutCarriageReturns() {
        StringWriter err = new StringWriter();
        Progress progress = Progress.to(new PrintWriter(err), false);

        progress.begin("training on 15100 rows", 0);
        progress.end();
        progress.begin("classifying 3100 rows", 3100);
        progress.update(1500);
        progress.end();
        progress.note("fold 2/5 done");

        assertThat(err.toString()).isEqualTo(String.join(System.lineSeparator(),
                "training on 15100 rows...", "classifying 3100 rows...", "fold 2/5 done", ""));
    }

    @Test
    void terminal_redrawsOneLine_andClearsItWhenDone() {
        StringWriter err = new StringWriter();
        Progress progress = Progress.to(new PrintWriter(err), true);

        progress.begin("classifying 10 rows", 10);
        progress.update(5);
        progress.end();

        String drawn = err.toString();
        assertThat(drawn).startsWith("\rclassifying 10 rows [").contains("] 10/10").doesNotContain("\n");
        assertThat(drawn).endsWith("\r");
    }
}
