package dev.helpbot.app.console;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.Conversations;
import dev.helpbot.core.channel.ChatFrames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * The {@code chat --json} scripting protocol (DESIGN.md): one JSON object per input line in, exactly one
 * per line out, flushed, in order. {@code {"user": "u1", "text": "..."}}, {@code {"user": "u1",
 * "choice": "<id>"}} or {@code {"user": "u1", "command": "fix 4"}}; text that starts with
 * {@code /backup-help} is that command, as on the platforms; {@code user} defaults to {@code console};
 * a line that is not a JSON object is the text of user {@code console}. A JSON object of the wrong
 * shape gets one line with an {@code error} that names the field. The frames are the kit's
 * {@link ChatFrames}, which the web chat's WebSocket speaks too.
 */
public final class JsonChat {

    private static final String DEFAULT_USER = "console";

    private final Conversations engine;

    public JsonChat(Conversations engine) {
        this.engine = engine;
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            out.println(answer(line));
            out.flush();
        }
    }

    String answer(String line) {
        ChatFrames.Frame frame = ChatFrames.read(line, DEFAULT_USER, List.of());
        if (frame.error() != null) {
            return ChatFrames.error(frame, true);
        }
        return ChatFrames.reply(frame.user(), engine.handle(frame.message(ConversationKey.console(frame.user()))));
    }
}
