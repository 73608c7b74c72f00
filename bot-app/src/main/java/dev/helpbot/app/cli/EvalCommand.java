package dev.helpbot.app.cli;

import dev.helpbot.app.HelpbotRuntime;
import dev.helpbot.app.eval.ConversationPlayer;
import dev.helpbot.app.eval.ConversationScript;
import dev.helpbot.app.eval.ConversationSets;
import dev.helpbot.app.eval.KnownFailures;
import dev.helpbot.app.eval.SetReport;
import dev.helpbot.app.nlu.DatasetException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code helpbot eval conversations DIR}: plays conversation test sets through the engine and judges each turn. */
@CommandLine.Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the bot on conversation test sets.",
        subcommands = EvalCommand.Conversations.class)
public final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @CommandLine.Command(name = "conversations", mixinStandardHelpOptions = true,
            description = "Play every conversation in DIR (a set folder, or a folder of sets) and print every failing "
                    + "turn and the pass rates. Exit 0 when every turn passes (or only known failures fail), 1 otherwise.")
    static final class Conversations implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ConfigOption config = new ConfigOption();

        @CommandLine.Parameters(paramLabel = "DIR", description = "A set folder such as intents/conversations/set-01.")
        Path dir;

        @CommandLine.Option(names = "--known-failures", paramLabel = "FILE",
                description = "Turns expected to fail; exit 1 only on others, or on listed turns that pass now.")
        Path knownFailures;

        @CommandLine.Option(names = "--json", description = "Print one JSON object instead of the text report.")
        boolean json;

        @CommandLine.Option(names = "--show", paramLabel = "ID",
                description = "Also print every turn of the conversations whose id contains ID, passed or not.")
        String show;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<ConversationScript> scripts;
            KnownFailures known;
            try {
                scripts = ConversationSets.read(dir);
                known = knownFailures == null ? KnownFailures.NONE : KnownFailures.read(knownFailures);
            } catch (DatasetException e) {
                err.println("helpbot eval: " + e.getMessage());
                err.flush();
                return 2;
            }
            try (HelpbotRuntime runtime = HelpbotRuntime.start(config.load())) {
                List<ConversationPlayer.TurnResult> results = new ConversationPlayer(runtime.engine()).play(scripts);
                SetReport report = new SetReport(results);
                if (show != null) {
                    report.printTurns(out, show);
                }
                if (json) {
                    out.println(report.toJson());
                    out.flush();
                } else {
                    report.printText(out);
                }
                if (knownFailures == null) {
                    return report.failures().isEmpty() ? 0 : 1;
                }
                List<String> unexpected = known.unexpected(results);
                List<String> stale = known.stale(results);
                unexpected.forEach(ref -> err.println("not a known failure: " + ref));
                stale.forEach(ref -> err.println("passes now, remove it from " + knownFailures + ": " + ref));
                err.flush();
                return unexpected.isEmpty() && stale.isEmpty() ? 0 : 1;
            }
        }
    }
}
