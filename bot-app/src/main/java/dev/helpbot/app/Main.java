package dev.helpbot.app;

import dev.helpbot.app.cli.ChatCommand;
import dev.helpbot.app.cli.RunCommand;
import dev.helpbot.app.cli.StatsCommand;
import dev.helpbot.app.config.ConfigException;
import dev.helpbot.core.content.ContentException;
import picocli.CommandLine;

/** {@code java -jar helpbot.jar [command]}: with no command, runs the bot (see {@link RunCommand}). */
@CommandLine.Command(name = "helpbot", mixinStandardHelpOptions = true, version = "helpbot 0.1.0",
        description = "A support bot that walks people through fixing iCloud backups.",
        subcommands = {RunCommand.class, ChatCommand.class, StatsCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code: 0 fine, 1 runtime failure, 2 bad input or config. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof ConfigException || exception instanceof ContentException) {
                cmd.getErr().println("helpbot: " + exception.getMessage());
                return 2;
            }
            throw exception;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        new RunCommand().run();
    }
}
