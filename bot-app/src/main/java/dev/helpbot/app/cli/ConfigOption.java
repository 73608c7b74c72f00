package dev.helpbot.app.cli;

import dev.helpbot.app.config.ConfigLoader;
import dev.helpbot.app.config.HelpbotConfig;
import dev.helpbot.app.ops.LogFormat;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/** The {@code --config} option every command shares. */
public final class ConfigOption {

    @CommandLine.Option(names = "--config", paramLabel = "PATH",
            description = "Settings file (default: the bundled config/helpbot.yaml). Environment variables override it.")
    Path file;

    public HelpbotConfig load() {
        HelpbotConfig config = new ConfigLoader(System.getenv()).load(Optional.ofNullable(file));
        LogFormat.use(config.log().format());
        return config;
    }
}
