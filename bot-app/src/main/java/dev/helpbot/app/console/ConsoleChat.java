package dev.helpbot.app.console;

import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.Conversations;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.TypedCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * The console channel for people: type a problem, press a choice by typing its number, run
 * {@code /backup-help fix 4} like a slash command, {@code quit} to leave.
 */
public final class ConsoleChat {

    private final Conversations engine;
    private final ConsoleRenderer renderer;
    private final ConversationKey key = ConversationKey.console("console");

    public ConsoleChat(Conversations engine, boolean ansi) {
        this.engine = engine;
        this.renderer = new ConsoleRenderer(ansi);
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        out.println("helpbot console. Describe your iCloud backup problem, type a number to pick an option, "
                + "or 'quit' to leave.");
        List<Choice> offered = show(engine.handle(IncomingMessage.command(key,
                new IncomingMessage.Command(TypedCommand.NAME, ""))), out);
        String line;
        while (true) {
            out.print("> ");
            out.flush();
            line = in.readLine();
            if (line == null || line.strip().equalsIgnoreCase("quit") || line.strip().equalsIgnoreCase("exit")) {
                return;
            }
            offered = show(engine.handle(toMessage(line, offered)), out);
        }
    }

    IncomingMessage toMessage(String line, List<Choice> offered) {
        String trimmed = line.strip();
        if (trimmed.matches("\\d{1,2}")) {
            int number = Integer.parseInt(trimmed);
            if (number >= 1 && number <= offered.size()) {
                return IncomingMessage.choice(key, offered.get(number - 1).id());
            }
        }
        return TypedCommand.typed(key, line);
    }

    private List<Choice> show(Reply reply, PrintStream out) {
        if (!reply.isSilent()) {
            out.print(renderer.render(reply));
        }
        return reply.choices();
    }
}
