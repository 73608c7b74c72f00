package dev.helpbot.app.cli;

import dev.helpbot.core.EngineSettings;
import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.TextSanitizer;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.ContentLoader;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.dialogue.Turn;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.nlu.Interpretation;
import dev.helpbot.core.reading.TurnReader;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code helpbot nlu explain TEXT...}: how the bot reads a message, clause by clause, for whoever edits
 * the examples: the best intents of the whole text and of each clause, and the readings the dialogue gets.
 */
@CommandLine.Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show how a message is split and read: intents per clause and the readings that result.")
public final class ExplainCommand implements Callable<Integer> {

    private static final int SHOWN_INTENTS = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--on-fix", paramLabel = "N", defaultValue = "0",
            description = "Read it as if fix N were on screen (default: no fix on screen).")
    int onFix;

    @CommandLine.Parameters(paramLabel = "TEXT", arity = "1..*", description = "Messages to explain.")
    List<String> texts;

    @Override
    public Integer call() {
        Content content = ContentLoader.standard().loadBundled();
        IntentClassifier classifier = HelpbotEngines.trainClassifier(content);
        TurnReader reader = new TurnReader(classifier, content, EngineSettings.defaults());
        Session session = onFix > 0 && content.playbook().hasFix(onFix) ? Session.NEW.showing(onFix) : Session.NEW;
        PrintWriter out = spec.commandLine().getOut();
        for (String text : texts) {
            String clean = TextSanitizer.clean(text);
            out.println("\"" + clean + "\"");
            TurnReader.Pending pending = reader.pending(IncomingMessage.text(ConversationKey.console("explain"), text));
            List<Map.Entry<String, Interpretation>> classified = pending.classifications();
            out.println("  whole:  " + top(classified.get(0).getValue()));
            for (Map.Entry<String, Interpretation> clause : classified.subList(1, classified.size())) {
                out.println("  clause: \"" + clause.getKey() + "\" -> " + top(clause.getValue()));
            }
            Turn turn = reader.read(pending, session);
            for (Turn.Clause clause : turn.clauses()) {
                out.printf("  read:   %s (%.2f) from \"%s\"%n", clause.reading(), clause.confidence(), clause.words());
            }
            out.println("  found:  " + turn.entities());
        }
        out.flush();
        return 0;
    }

    private static String top(Interpretation interpretation) {
        StringBuilder out = new StringBuilder();
        List<Interpretation.RankedIntent> ranking = interpretation.ranking();
        for (int i = 0; i < Math.min(SHOWN_INTENTS, ranking.size()); i++) {
            out.append(i == 0 ? "" : ", ").append(ranking.get(i).intent())
                    .append(String.format(" %.2f", ranking.get(i).probability()));
        }
        return out.toString();
    }
}
