package dev.helpbot.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.helpbot.app.config.ConfigLoader;
import dev.helpbot.app.config.HelpbotConfig;
import dev.helpbot.app.ops.OpsServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The deployment pack against the bot's own settings: every YAML file parses, and the Dockerfile, the compose file
 * and the Kubernetes manifests use the probe paths, ports, user and grace period the bot really has. (The image's
 * command itself is run against the jar by ProductionRunIT.)
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");
    private static final Path KUBERNETES = ROOT.resolve("config/kubernetes");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Set<String> SECRETS = Set.of("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN",
            "SLACK_SIGNING_SECRET", "HANDOFF_WEBHOOK_URL", "HANDOFF_WEBHOOK_SECRET");

    private final HelpbotConfig defaults = new ConfigLoader(Map.of()).load(Optional.empty());

    @Test
    void everyYamlFileOfThePack_parses() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("docker-compose.yml"),
                ROOT.resolve("config/prometheus/helpbot-alerts.yml")));
        try (Stream<Path> manifests = Files.list(KUBERNETES)) {
            manifests.forEach(files::add);
        }
        for (Path file : files) {
            assertThat(DeploymentFiles.documents(file)).as(file.toString()).isNotEmpty().allSatisfy(doc -> assertThat(doc.isObject()).isTrue());
        }
        assertThat(JsonMapper.builder().build().readTree(ROOT.resolve("config/grafana/helpbot-dashboard.json").toFile())
                .path("panels")).isNotEmpty();
    }

    @Test
    void dockerfile_runsTheJarAsANonRootUser_withContainerAwareMemory_andAWritableCache() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        String finalStage = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));

        assertThat(line(finalStage, "USER")).isNotIn("root", "0").matches("\\d+");
        List<String> entrypoint = List.of(YAML.readValue(line(finalStage, "ENTRYPOINT"), String[].class));
        assertThat(entrypoint).startsWith("java").endsWith("-jar", "/app/helpbot.jar")
                .anyMatch(option -> option.startsWith("-XX:MaxRAMPercentage="))
                .contains("-Djava.io.tmpdir=/var/cache/helpbot");
        assertThat(line(finalStage, "ENV")).isEqualTo("HELPBOT_NLU_CACHE_DIR=/var/cache/helpbot");
        assertThat(finalStage).contains("chown " + line(finalStage, "USER") + " /var/cache/helpbot");
    }

    @Test
    void compose_hasRedisAndHelpbot_eachWithAHealthcheck_tokensFromAGitIgnoredEnvFile() throws IOException {
        JsonNode services = DeploymentFiles.documents(ROOT.resolve("docker-compose.yml")).get(0).path("services");
        JsonNode helpbot = services.path("helpbot");

        assertThat(services.path("redis").path("healthcheck").path("test").toString()).contains("ping");
        assertThat(helpbot.path("healthcheck").path("test").toString())
                .contains("/dev/tcp/127.0.0.1/" + defaults.ops().port()).contains(OpsServer.READINESS_PATH);
        assertThat(helpbot.path("env_file").asText()).isEqualTo(".env");
        assertThat(helpbot.path("environment").path("REDIS_URL").asText()).startsWith("redis://redis:");
        assertThat(helpbot.path("depends_on").path("redis").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(helpbot.path("ports").toString()).contains(defaults.ops().port() + ":" + defaults.ops().port());
        assertThat(seconds(helpbot.path("stop_grace_period").asText())).isGreaterThan(defaults.ops().drainTimeout().toSeconds());
        assertThat(Files.readAllLines(ROOT.resolve(".gitignore"))).contains(".env");
        assertThat(Files.readString(ROOT.resolve(".env.example"))).contains(SECRETS.stream().map(s -> s + "=").toList());
    }

    @Test
    void kubernetesDeployment_twoReplicas_probesOnTheBotsPathsAndPort_graceLongerThanTheDrain() throws IOException {
        JsonNode deployment = kind("helpbot.yaml", "Deployment");
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").get(0);

        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(2);
        assertThat(pod.path("terminationGracePeriodSeconds").asLong()).isGreaterThan(defaults.ops().drainTimeout().toSeconds());
        assertProbes(container);
        assertThat(port(container, "slack-http")).isEqualTo(defaults.slack().httpPort());
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("volumeMounts").get(0).path("mountPath").asText()).isEqualTo("/var/cache/helpbot");
        assertThat(container.path("resources").path("requests").path("memory").asText()).isNotEmpty();
        assertThat(container.path("resources").path("limits").path("memory").asText()).isNotEmpty();
        assertThat(container.path("envFrom").get(0).path("secretRef").path("name").asText())
                .isEqualTo(kind("secret.example.yaml", "Secret").path("metadata").path("name").asText());
    }

    @Test
    void kubernetesSecret_holdsOnlyTheSecretVariables_emptyInTheExample() throws IOException {
        JsonNode data = kind("secret.example.yaml", "Secret").path("stringData");
        List<String> keys = new ArrayList<>();
        data.fieldNames().forEachRemaining(keys::add);

        assertThat(keys).containsExactlyInAnyOrderElementsOf(SECRETS);
        data.forEach(value -> assertThat(value.asText()).isEmpty());
    }

    @Test
    void kubernetesRedisAndDiscordShards_probeAndRunAsTheImageDoes() throws IOException {
        assertThat(kind("redis.yaml", "StatefulSet").path("spec").path("template").path("spec").path("containers").get(0)
                .path("readinessProbe").toString()).contains("ping");
        JsonNode discord = kind("discord-shards.yaml", "StatefulSet");
        JsonNode container = discord.path("spec").path("template").path("spec").path("containers").get(0);
        assertProbes(container);
        List<String> entrypoint = List.of(YAML.readValue(line(Files.readString(ROOT.resolve("Dockerfile")), "ENTRYPOINT"),
                String[].class));
        assertThat(container.path("command").get(2).asText()).as("the image's command, with the shard from the pod name")
                .contains("HELPBOT_DISCORD_SHARD_IDS=${HOSTNAME##*-} exec " + String.join(" ", entrypoint));
        assertThat(envValue(container, "HELPBOT_DISCORD_SHARDS")).as("a shard per pod")
                .isEqualTo(discord.path("spec").path("replicas").asText());
    }

    private void assertProbes(JsonNode container) {
        int ops = port(container, "ops");
        assertThat(ops).isEqualTo(defaults.ops().port());
        for (String probe : List.of("startupProbe", "livenessProbe")) {
            assertThat(container.path(probe).path("httpGet").path("path").asText()).as(probe).isEqualTo(OpsServer.LIVENESS_PATH);
            assertThat(container.path(probe).path("httpGet").path("port").asText()).as(probe).isEqualTo("ops");
        }
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo(OpsServer.READINESS_PATH);
        assertThat(container.path("readinessProbe").path("httpGet").path("port").asText()).isEqualTo("ops");
    }

    private static int port(JsonNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals(name)) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError("no container port named " + name);
    }

    private static String envValue(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable.path("value").asText();
            }
        }
        return "";
    }

    private static JsonNode kind(String file, String kind) throws IOException {
        return DeploymentFiles.documents(KUBERNETES.resolve(file)).stream().filter(doc -> doc.path("kind").asText().equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError(file + " has no " + kind));
    }

    private static String line(String dockerfile, String instruction) {
        Matcher matcher = Pattern.compile("(?m)^" + instruction + " (.+)$").matcher(dockerfile);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1).strip();
        }
        assertThat(last).as("the Dockerfile has " + instruction).isNotNull();
        return last;
    }

    private static long seconds(String duration) {
        assertThat(duration).matches("\\d+s");
        return Long.parseLong(duration.substring(0, duration.length() - 1));
    }
}
