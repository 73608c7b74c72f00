package dev.helpbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleChatTest {

    private String chat(String input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ConsoleChat(TestBots.engine(), false).run(new BufferedReader(new StringReader(input)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void run_showsChoicesAsNumberedOptions_andANumberPressesOne() throws IOException {
        String transcript = chat("2\n1\nquit\n");
        assertThat(transcript).contains("[1] Start with fix 1").contains("[2] Not enough storage");
        // 2 pressed "Not enough storage" (fix 4); 1 then pressed "Yes, it backed up".
        assertThat(transcript).contains("Fix 4 of 9").contains("glad it's backing up again");
        assertThat(transcript).doesNotContain("**");
    }

    @Test
    void run_slashCommand_jumpsToTheFix() throws IOException {
        assertThat(chat("/backup-help fix 9\n")).contains("Fix 9 of 9");
    }
}
