package dev.helpbot.app.cli;

import dev.helpbot.app.config.HelpbotConfig;
import dev.helpbot.app.redis.RedisAnalyticsSink;
import dev.helpbot.app.redis.RedisLink;
import dev.helpbot.core.Markup;
import dev.helpbot.core.analytics.StatsReport;
import dev.helpbot.core.content.ContentLoader;
import dev.helpbot.core.content.Content;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code helpbot stats}: which fixes help, from the analytics kept in Redis. */
@CommandLine.Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print per-fix analytics (shown, resolved, skipped, handed over) and the support team's"
                + " hand-overs (claimed, time to claim, solved) kept in Redis.")
public final class StatsCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ConfigOption config = new ConfigOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        HelpbotConfig settings = config.load();
        if (settings.secrets().redisUrl().isEmpty()) {
            spec.commandLine().getErr().println("helpbot stats: analytics are kept only in the memory of a running bot "
                    + "unless REDIS_URL is set; set REDIS_URL to the Redis the bot uses, or ask the bot "
                    + "with /backup-help stats.");
            return 2;
        }
        ContentLoader loader = ContentLoader.standard();
        Content content = settings.content().directory().map(dir -> loader.loadDirectory(Path.of(dir)))
                .orElseGet(loader::loadBundled);
        try (RedisLink redis = new RedisLink(settings.secrets().redisUrl().get())) {
            if (!redis.isUp()) {
                spec.commandLine().getErr().println("helpbot stats: Redis does not answer; check REDIS_URL.");
                return 1;
            }
            RedisAnalyticsSink sink = new RedisAnalyticsSink(redis, settings.sessions().redisKeyPrefix());
            spec.commandLine().getOut().println(Markup.toPlainText(StatsReport.render(sink.snapshot(), content)));
            return 0;
        }
    }
}
