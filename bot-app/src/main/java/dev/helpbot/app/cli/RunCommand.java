package dev.helpbot.app.cli;

import dev.helpbot.app.HelpbotRuntime;
import dev.helpbot.app.config.HelpbotConfig;
import dev.helpbot.app.console.ConsoleChat;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * {@code helpbot run}: starts every channel whose token is set. With none set it opens the console
 * chat, so a new user can talk to the bot at once.
 */
@CommandLine.Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start Discord and/or Slack when their tokens are set; otherwise chat in this console.")
public final class RunCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @CommandLine.Mixin
    ConfigOption config = new ConfigOption();

    @Override
    public void run() {
        HelpbotConfig settings = config.load();
        HelpbotConfig.Secrets secrets = settings.secrets();
        if (secrets.discordToken().isEmpty() && secrets.slackBotToken().isEmpty()) {
            LOG.info("No DISCORD_TOKEN or SLACK_BOT_TOKEN set: starting the console chat.");
            HelpbotRuntime runtime = HelpbotRuntime.start(settings);
            try {
                new ConsoleChat(runtime.engine(), Terminal.isInteractive()).run(Terminal.in(), Terminal.out());
            } catch (IOException e) {
                throw new UncheckedIOException("the terminal closed unexpectedly", e);
            }
            return;
        }
        throw new CommandLine.ParameterException(new CommandLine(this),
                "Discord and Slack channels are not wired into this build yet; unset the tokens to use the console.");
    }
}
