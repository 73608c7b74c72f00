package dev.helpbot.app.instances;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the repository's {@code Dockerfile} makes its container run: the final stage's ENTRYPOINT (exec form), USER and
 * ENV. No image can be built here, so tests run this command directly against the jar, with the image's paths
 * (the jar, its writable cache) replaced by the test's.
 */
record ContainerImage(List<String> entrypoint, String user, Map<String, String> env) {

    static final Path DOCKERFILE = Path.of("..", "Dockerfile");
    static final String IMAGE_JAR = "/app/helpbot.jar";
    static final String IMAGE_CACHE = "/var/cache/helpbot";

    static ContainerImage read() throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE);
        int finalStage = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("FROM ")) {
                finalStage = i;
            }
        }
        List<String> entrypoint = List.of();
        String user = null;
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : lines.subList(finalStage, lines.size())) {
            if (line.startsWith("ENTRYPOINT ")) {
                entrypoint = List.of(new ObjectMapper().readValue(line.substring("ENTRYPOINT ".length()), String[].class));
            } else if (line.startsWith("USER ")) {
                user = line.substring("USER ".length()).strip();
            } else if (line.startsWith("ENV ")) {
                String[] pair = line.substring("ENV ".length()).strip().split("=", 2);
                env.put(pair[0], pair[1]);
            }
        }
        return new ContainerImage(entrypoint, user, env);
    }

    /** The JVM options between {@code java} and {@code -jar}, with the image's cache folder replaced by {@code cache}. */
    List<String> javaOptions(Path cache) {
        List<String> options = new ArrayList<>();
        for (String argument : entrypoint.subList(1, entrypoint.indexOf("-jar"))) {
            options.add(argument.replace(IMAGE_CACHE, cache.toString()));
        }
        return options;
    }

    /** The image's environment, its cache folder replaced by {@code cache}. */
    Map<String, String> env(Path cache) {
        Map<String, String> replaced = new LinkedHashMap<>();
        env.forEach((key, value) -> replaced.put(key, value.replace(IMAGE_CACHE, cache.toString())));
        return replaced;
    }
}
