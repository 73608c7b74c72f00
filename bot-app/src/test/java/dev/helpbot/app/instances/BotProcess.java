package dev.helpbot.app.instances;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code helpbot.jar} as its own process, started as an operator would (settings from the environment),
 * with its logs in a file. {@link #kill()} sends SIGKILL ({@code kill -9}): nothing in the bot runs after it.
 */
final class BotProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "helpbot.jar");

    private final Process process;
    final String name;
    final int slackPort;
    final int opsPort;
    final Path log;

    private BotProcess(String name, Process process, int slackPort, int opsPort, Path log) {
        this.name = name;
        this.process = process;
        this.slackPort = slackPort;
        this.opsPort = opsPort;
        this.log = log;
    }

    /**
     * Slack in HTTP mode against {@code slackApi}, ops endpoints on loopback, and {@code extra} settings on top.
     *
     * @param javaOptions e.g. the container's JVM flags; the command is {@code java <options> -jar helpbot.jar}
     */
    static BotProcess startSlack(String name, String slackApi, Map<String, String> extra, Path folder,
                                 List<String> javaOptions) throws IOException {
        int slackPort = freePort();
        int opsPort = freePort();
        Map<String, String> env = new HashMap<>(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-" + name + "-not-real",
                "SLACK_SIGNING_SECRET", RetryingSlack.SIGNING_SECRET,
                "HELPBOT_SLACK_MODE", "http",
                "HELPBOT_SLACK_HTTP_HOST", "127.0.0.1",
                "HELPBOT_SLACK_HTTP_PORT", Integer.toString(slackPort),
                "HELPBOT_SLACK_API_BASE_URL", slackApi,
                "HELPBOT_OPS_HOST", "127.0.0.1",
                "HELPBOT_OPS_PORT", Integer.toString(opsPort),
                "HELPBOT_NLU_CACHE_DIR", folder.resolve("nlu-cache-" + name).toString(),
                "HELPBOT_LOG_FORMAT", "json"));
        env.putAll(extra);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        Path log = folder.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("HELPBOT_") || key.endsWith("_TOKEN")
                || key.startsWith("SLACK_") || key.equals("REDIS_URL"));
        builder.environment().putAll(env);
        return new BotProcess(name, builder.start(), slackPort, opsPort, log);
    }

    /** Waits until {@code /readyz} answers 200, or fails with the process's log. */
    BotProcess awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (get("/readyz").statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " was not ready within " + timeout + ":\n" + Files.readString(log));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    long pid() {
        return process.pid();
    }

    /** The process's resident set (VmRSS) in megabytes, from /proc; -1 where there is no /proc. */
    long residentMegabytes() throws IOException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no drain, no last write. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
