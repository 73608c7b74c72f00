package dev.helpbot.app.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpbot.app.deploy.DeploymentFiles;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container's command, as the Dockerfile writes it, run against the packaged jar (no image can be built here):
 * Slack in HTTP mode against a fake Slack, JSON logs, and a Redis that is not there. The probes, the compose file's
 * healthcheck, the metrics the alert rules and the dashboard name, and the logs are checked on the running bot.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ProductionRunIT {

    /** Words no log line may carry: what a person typed. */
    private static final String TYPED = "my wifi keeps dropping near the quokka aquarium";
    private static final Pattern METRIC = Pattern.compile("\\b((?:helpbot|jvm|process)_[a-z_]+)\\b");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void imageCommand_redisUnreachable_probesPass_metricsOfRulesAndDashboardExported_logsJsonWithoutText() throws Exception {
        ContainerImage image = ContainerImage.read();
        assertThat(image.user()).isNotIn("root", "0");
        Path cache = Files.createDirectories(folder.resolve("cache"));
        Map<String, String> env = new HashMap<>(image.env(cache));
        env.putAll(Map.of("REDIS_URL", "redis://127.0.0.1:" + BotProcess.freePort(), "HELPBOT_LOG_FORMAT", "json",
                "HELPBOT_LOG_LEVEL", "DEBUG"));
        try (FakeSlackWebApi slack = new FakeSlackWebApi();
             BotProcess bot = BotProcess.startSlack("prod", slack.apiBaseUrl(), env, folder, image.javaOptions(cache))) {
            bot.awaitReady(Duration.ofSeconds(90));

            assertThat(bot.get("/livez").statusCode()).isEqualTo(200);
            for (String probe : List.of("/readyz", "/healthz")) {
                HttpResponse<String> ready = bot.get(probe);
                assertThat(ready.statusCode()).as(probe).isEqualTo(200);
                assertThat(ready.body()).as(probe).contains("\"store\":\"redis: degraded, answering from memory\"");
            }
            assertThat(composeHealthcheck(bot.opsPort)).as("the compose file's healthcheck, run here").isZero();

            talk(bot, slack);
            String metrics = bot.get("/metrics").body();
            assertThat(metrics).contains("jvm_memory_used_bytes{area=\"heap\"", "process_cpu_usage", "jvm_gc_",
                    "helpbot_redis_up 0.0", "helpbot_channel_connected{channel=\"slack\"} 1.0")
                    .containsPattern("helpbot_platform_api_errors_total\\{kind=\"client\",method=\"POST chat.postMessage\","
                            + "platform=\"slack\"} [1-9]")
                    .containsPattern("helpbot_platform_rate_limited_total\\{method=\"POST chat.postMessage\","
                            + "platform=\"slack\"} [1-9]");
            Set<String> named = new TreeSet<>();
            named.addAll(metricsIn(Files.readString(DeploymentFiles.ALERT_RULES)));
            named.addAll(metricsIn(Files.readString(DeploymentFiles.DASHBOARD)));
            assertThat(named).as("metrics the rules and dashboard name").hasSizeGreaterThan(10)
                    .allSatisfy(name -> assertThat(metrics).as(name).containsPattern("(?m)^" + name + "[{ ]"));
            System.out.printf("production run: %d metrics named by the alert rules and the dashboard, all exported: %s%n",
                    named.size(), named);
            bot.close();
        }
        List<String> logLines = Files.readAllLines(folder.resolve("prod.log")).stream().filter(l -> !l.isBlank()).toList();
        assertThat(logLines).hasSizeGreaterThan(5);
        for (String line : logLines) {
            JsonNode event = JSON.readTree(line);
            assertThat(event.has("level") && event.has("loggerName") && event.has("formattedMessage")).as(line).isTrue();
            assertThat(line).doesNotContain("quokka", "aquarium", "xoxb-prod", RetryingSlack.SIGNING_SECRET);
        }
        assertThat(logLines).anyMatch(line -> line.contains("event=message"));
    }

    /** A conversation in a DM, one in a channel Slack refuses, one that is rate-limited once. */
    private static void talk(BotProcess bot, FakeSlackWebApi slack) throws Exception {
        RetryingSlack sender = new RetryingSlack(List.of(new RetryingSlack.Instance("prod", bot.slackPort)));
        slack.refuse("DREFUSED1");
        slack.rateLimitOnce("DLIMITED1");
        sender.deliver("EvProd1", RetryingSlack.directMessage("EvProd1", "DPROD0001", "UPROD0001", TYPED, 0));
        sender.deliver("EvProd2", RetryingSlack.directMessage("EvProd2", "DREFUSED1", "UPROD0002", TYPED, 0));
        sender.deliver("EvProd3", RetryingSlack.directMessage("EvProd3", "DLIMITED1", "UPROD0003", TYPED, 0));
        assertThat(slack.awaitPosts("DPROD0001", 1, 10_000)).isTrue();
        assertThat(slack.awaitPosts("DLIMITED1", 1, 10_000)).as("posted after the wait Slack asked for").isTrue();
    }

    /** Runs {@code docker-compose.yml}'s helpbot healthcheck (bash over /dev/tcp) against the bot's ops port. */
    private static int composeHealthcheck(int opsPort) throws Exception {
        List<String> test = DeploymentFiles.composeHealthcheck();
        assertThat(test.subList(0, 3)).containsExactly("CMD", "bash", "-c");
        Process check = new ProcessBuilder("bash", "-c", test.get(3).replace("/8080", "/" + opsPort))
                .redirectErrorStream(true).start();
        assertThat(check.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return check.exitValue();
    }

    static Set<String> metricsIn(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = METRIC.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
