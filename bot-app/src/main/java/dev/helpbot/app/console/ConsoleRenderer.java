package dev.helpbot.app.console;

import dev.helpbot.core.Choice;
import dev.helpbot.core.Markup;
import dev.helpbot.core.Reply;
import java.util.List;

/** Shows a reply in a terminal: bold in ANSI when the output is a terminal, choices as numbered options. */
final class ConsoleRenderer {

    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    private final boolean ansi;

    ConsoleRenderer(boolean ansi) {
        this.ansi = ansi;
    }

    String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        for (String line : reply.text().split("\n", -1)) {
            for (Markup.Span span : Markup.parse(line)) {
                switch (span.kind()) {
                    case BOLD -> out.append(ansi ? BOLD + span.text() + RESET : span.text());
                    case LINK -> out.append(span.text()).append(" (").append(span.url()).append(')');
                    case TEXT -> out.append(span.text());
                }
            }
            out.append('\n');
        }
        List<Choice> choices = reply.choices();
        for (int i = 0; i < choices.size(); i++) {
            out.append("  [").append(i + 1).append("] ").append(choices.get(i).label()).append('\n');
        }
        reply.handoff().ifPresent(handoff -> out.append("\n--- note for the support team ---\n")
                .append(Markup.toPlainText(handoff.summary())).append('\n'));
        return out.toString();
    }
}
