package dev.helpbot.app.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the deployment pack lives, for the tests that check it. */
public final class DeploymentFiles {

    public static final Path ROOT = Path.of("..");
    public static final Path ALERT_RULES = ROOT.resolve("config/prometheus/helpbot-alerts.yml");
    public static final Path DASHBOARD = ROOT.resolve("config/grafana/helpbot-dashboard.json");
    public static final Path COMPOSE = ROOT.resolve("docker-compose.yml");

    private DeploymentFiles() {
    }

    /** Every document of a YAML file, in order. */
    public static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            new YAMLMapper().readValues(parser, JsonNode.class).forEachRemaining(documents::add);
        }
        return documents;
    }

    /** The memory limit of the Kubernetes Deployment's container, in megabytes (e.g. {@code 768Mi} gives 768). */
    public static long kubernetesMemoryLimitMegabytes() throws IOException {
        for (JsonNode document : documents(ROOT.resolve("config/kubernetes/helpbot.yaml"))) {
            if (document.path("kind").asText().equals("Deployment")) {
                String limit = document.path("spec").path("template").path("spec").path("containers").get(0)
                        .path("resources").path("limits").path("memory").asText();
                return limit.endsWith("Gi") ? Long.parseLong(limit.replace("Gi", "")) * 1024 : Long.parseLong(limit.replace("Mi", ""));
            }
        }
        throw new IllegalStateException("config/kubernetes/helpbot.yaml has no Deployment");
    }

    /** The helpbot service's healthcheck command in the compose file, e.g. {@code [CMD, bash, -c, ...]}. */
    public static List<String> composeHealthcheck() throws IOException {
        List<String> test = new ArrayList<>();
        JsonNode compose = documents(COMPOSE).get(0);
        compose.path("services").path("helpbot").path("healthcheck").path("test").forEach(part -> test.add(part.asText()));
        return test;
    }
}
