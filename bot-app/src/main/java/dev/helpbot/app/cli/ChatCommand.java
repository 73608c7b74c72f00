package dev.helpbot.app.cli;

import dev.helpbot.app.HelpbotRuntime;
import dev.helpbot.app.console.ConsoleChat;
import dev.helpbot.app.console.JsonChat;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** {@code helpbot chat [--json]}: talk to the bot in the terminal, or drive it from a script. */
@CommandLine.Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Chat with the bot in this terminal. With --json, one JSON object per line in and out.")
public final class ChatCommand implements Runnable {

    @CommandLine.Mixin
    ConfigOption config = new ConfigOption();

    @CommandLine.Option(names = "--json", description = "Use the line-based JSON protocol (see README).")
    boolean json;

    @Override
    public void run() {
        try (HelpbotRuntime runtime = HelpbotRuntime.start(config.load())) {
            if (json) {
                new JsonChat(runtime.conversations()).run(Terminal.in(), Terminal.out());
            } else {
                new ConsoleChat(runtime.conversations(), Terminal.isInteractive()).run(Terminal.in(), Terminal.out());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the terminal closed unexpectedly", e);
        }
    }
}
