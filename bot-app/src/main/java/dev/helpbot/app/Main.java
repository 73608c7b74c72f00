package dev.helpbot.app;

import dev.helpbot.app.cli.ChatCommand;
import dev.helpbot.app.cli.EvalCommand;
import dev.helpbot.app.cli.NluCommand;
import dev.helpbot.app.cli.RunCommand;
import dev.helpbot.app.cli.StatsCommand;
import dev.helpbot.app.config.ConfigException;
import dev.helpbot.core.content.ContentException;
import picocli.CommandLine;

/** {@code java -jar helpbot.jar [command]}: with no command, runs the bot (see {@link RunCommand}). */
@CommandLine.Command(name = "helpbot", mixinStandardHelpOptions = true, version = "helpbot 0.1.0",
        description = "A support bot that walks people through fixing iCloud backups.",
        subcommands = {RunCommand.class, ChatCommand.class, StatsCommand.class, NluCommand.class,
                EvalCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code: 0 fine, 1 runtime failure, 2 bad input or config. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        if (startsWithoutCommand(args)) {
            // `java -jar helpbot.jar [--config F]` is the quickstart: it means `run`.
            String[] withRun = new String[args.length + 1];
            withRun[0] = "run";
            System.arraycopy(args, 0, withRun, 1, args.length);
            args = withRun;
        }
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof ConfigException || exception instanceof ContentException) {
                cmd.getErr().println("helpbot: " + exception.getMessage());
                return 2;
            }
            if (exception instanceof RunCommand.StartupException) {
                cmd.getErr().println("helpbot: " + exception.getMessage());
                return 1;
            }
            throw exception;
        });
        return commandLine.execute(args);
    }

    private static boolean startsWithoutCommand(String[] args) {
        if (args.length == 0) {
            return true;
        }
        String first = args[0];
        return first.startsWith("--config");
    }

    @Override
    public void run() {
        // Reached only for options of the root command itself (--help and --version are handled by picocli).
        new CommandLine(this).usage(System.err);
    }
}
