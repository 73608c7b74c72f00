package dev.helpbot.app.cli;

import dev.helpbot.app.BotService;
import dev.helpbot.app.HelpbotRuntime;
import dev.helpbot.app.config.HelpbotConfig;
import dev.helpbot.app.console.ConsoleChat;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * {@code helpbot run}: starts every channel whose token is set, and the web chat when {@code web.enabled}. With
 * none of them it opens the console chat, so a new user can talk to the bot at once.
 */
@CommandLine.Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start Discord and Slack when their tokens are set and the web chat when web.enabled is true;"
                + " otherwise chat in this console.")
public final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @CommandLine.Mixin
    ConfigOption config = new ConfigOption();

    @Override
    public Integer call() throws Exception {
        HelpbotConfig settings = config.load();
        HelpbotConfig.Secrets secrets = settings.secrets();
        if (secrets.discordToken().isEmpty() && secrets.slackBotToken().isEmpty() && !settings.web().enabled()) {
            LOG.info("No DISCORD_TOKEN or SLACK_BOT_TOKEN set and web.enabled is false: starting the console chat.");
            try (HelpbotRuntime runtime = HelpbotRuntime.start(settings)) {
                new ConsoleChat(runtime.conversations(), Terminal.isInteractive()).run(Terminal.in(), Terminal.out());
            }
            return 0;
        }
        HelpbotRuntime runtime = HelpbotRuntime.startForChannels(settings);
        BotService service;
        try {
            service = BotService.fromConfig(runtime);
        } catch (IllegalArgumentException e) {
            runtime.close();
            throw new StartupException(e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
        try {
            service.start();
        } catch (IOException | RuntimeException e) {
            service.close();
            throw new StartupException(describe(e));
        }
        service.awaitStop();
        return 0;
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "could not start: " + message;
    }

    /** Start-up failed for a reason the user can fix; Main prints the message alone and exits with 1. */
    public static final class StartupException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StartupException(String message) {
            super(message);
        }
    }
}
