package dev.helpbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each channel is conversion and platform plumbing on the core's channel kit, and stays small: at most
 * {@value #BUDGET} lines of main code for Discord and Slack and {@value #WEB_BUDGET} for the web chat (the proof
 * that the runtime is really shared), counted without blank lines, comments and imports, and without the page's
 * HTML, CSS and JavaScript. A channel's count takes every main Java file of every module that imports its platform
 * library (JDA's {@code net.dv8tion}, Bolt's {@code com.slack}, Jetty's {@code org.eclipse.jetty}), so moving
 * platform code into another module does not make a channel thinner. The figures are printed:
 * {@code mvn -q test -pl bot-app -am -Dtest=ChannelSizeTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ChannelSizeTest {

    static final int BUDGET = 550;
    static final int WEB_BUDGET = 300;
    private static final Map<String, String> PLATFORMS = Map.of("discord", "import net.dv8tion.", "slack", "import com.slack.",
            "web", "import org.eclipse.jetty.");
    private static final Map<String, Integer> BUDGETS = Map.of("discord", BUDGET, "slack", BUDGET, "web", WEB_BUDGET);

    @Test
    void eachChannelsMainCode_fitsItsBudget() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        Map<String, Integer> lines = new TreeMap<>();
        try (Stream<Path> modules = Files.list(repository)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
                List<Path> sources = javaFiles(module.resolve("src/main/java"));
                int count = sources.stream().mapToInt(ChannelSizeTest::codeLines).sum();
                PLATFORMS.forEach((platform, library) -> {
                    if (sources.stream().anyMatch(source -> read(source).contains(library))) {
                        lines.merge(platform, count, Integer::sum);
                    }
                });
            }
        }
        System.out.println("channel main code, without blank lines, comments and imports: " + lines);

        assertThat(lines).as("every channel was found").containsOnlyKeys("discord", "slack", "web");
        assertThat(lines).allSatisfy((platform, count) -> assertThat(count).as(platform)
                .isLessThanOrEqualTo(BUDGETS.get(platform)));
    }

    @Test
    void codeLines_skipBlankLinesCommentsAndImports() throws IOException {
        Path source = Files.createTempFile("Counted", ".java");
        Files.writeString(source, String.join("\n", "package a;", "", "import b.C;", "/**", " * Doc.", " */",
                "final class D { // counts", "    // no", "    /* no */", "    int x; /* trailing", "    still a comment */",
                "}"));

        assertThat(codeLines(source)).isEqualTo(4);
    }

    /** Lines that are code: not blank, not an import, not inside or only a comment. */
    static int codeLines(Path source) {
        int count = 0;
        boolean inComment = false;
        for (String line : read(source).split("\n", -1)) {
            String code = line.strip();
            if (inComment) {
                int end = code.indexOf("*/");
                if (end < 0) {
                    continue;
                }
                inComment = false;
                code = code.substring(end + 2).strip();
            }
            if (code.startsWith("/*")) {
                int end = code.indexOf("*/", 2);
                inComment = end < 0;
                code = end < 0 ? "" : code.substring(end + 2).strip();
            }
            if (code.isEmpty() || code.startsWith("//") || code.startsWith("import ")) {
                continue;
            }
            // Code with a comment opened after it still counts, and the comment runs on.
            inComment = code.lastIndexOf("/*") > code.lastIndexOf("*/");
            count++;
        }
        return count;
    }

    private static List<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
