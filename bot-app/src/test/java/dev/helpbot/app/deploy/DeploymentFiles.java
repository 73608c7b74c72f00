package dev.helpbot.app.deploy;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** The helpbot service's healthcheck command in the compose file, e.g. {@code [CMD, bash, -c, ...]}. */
    public static List<String> composeHealthcheck() throws IOException {
        List<String> test = new ArrayList<>();
        JsonNode compose = DeploymentFilesTest.documents(COMPOSE).get(0);
        compose.path("services").path("helpbot").path("healthcheck").path("test").forEach(part -> test.add(part.asText()));
        return test;
    }
}
