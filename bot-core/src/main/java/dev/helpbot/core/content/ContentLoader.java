package dev.helpbot.core.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.helpbot.core.dialogue.Intents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code playbook.yaml}, {@code nlu.yaml} and {@code responses.yaml} and validates them together.
 * Every problem is collected and reported at once, by file and key, so one run shows all there is to fix.
 */
public final class ContentLoader {

    public static final String PLAYBOOK_FILE = "playbook.yaml";
    public static final String NLU_FILE = "nlu.yaml";
    public static final String RESPONSES_FILE = "responses.yaml";
    /** Where the {@code intents} module puts the files on the classpath. */
    public static final String BUNDLED_PREFIX = "helpbot/";

    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().build().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

    /** Below this an intent is not learnable from a few dozen paraphrases. */
    public static final int MIN_EXAMPLES_PER_INTENT = 30;

    private final ContentRules rules;

    public ContentLoader(ContentRules rules) {
        this.rules = rules;
    }

    /** The rules the shipped dialogue needs: every intent it names, each with enough examples. */
    public static ContentLoader standard() {
        return new ContentLoader(standardRules());
    }

    public static ContentRules standardRules() {
        return new ContentRules(MIN_EXAMPLES_PER_INTENT, Intents.CLASSIFIED);
    }

    /** Loads the content shipped in the {@code intents} jar. */
    public Content loadBundled() {
        return load(name -> {
            InputStream in = ContentLoader.class.getClassLoader().getResourceAsStream(BUNDLED_PREFIX + name);
            if (in == null) {
                throw new NoSuchFileException(BUNDLED_PREFIX + name + " on the classpath (is the intents jar there?)");
            }
            return in;
        });
    }

    /** Loads content from a directory holding the three files, for editing without a rebuild. */
    public Content loadDirectory(Path directory) {
        return load(name -> Files.newInputStream(directory.resolve(name)));
    }

    /** Opens one content file by name. */
    @FunctionalInterface
    public interface Source {
        InputStream open(String fileName) throws IOException;
    }

    public Content load(Source source) {
        List<ContentProblem> problems = new ArrayList<>();
        JsonNode playbookTree = read(source, PLAYBOOK_FILE, problems);
        JsonNode nluTree = read(source, NLU_FILE, problems);
        JsonNode responsesTree = read(source, RESPONSES_FILE, problems);
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        NluData nlu = new NluParser(rules, problems).parse(nluTree);
        Set<String> intentNames = nlu.intentNames();
        Playbook playbook = new PlaybookParser(intentNames, problems).parse(playbookTree);
        Responses responses = new ResponsesParser(problems).parse(responsesTree);
        for (String required : rules.requiredIntents()) {
            if (!intentNames.contains(required)) {
                problems.add(new ContentProblem(NLU_FILE, "intents",
                        "the dialogue needs intent '" + required + "', which is not declared"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return new Content(playbook, nlu, responses);
    }

    private static JsonNode read(Source source, String file, List<ContentProblem> problems) {
        try (InputStream in = source.open(file)) {
            JsonNode tree = YAML.readTree(in);
            if (tree == null || !tree.isObject()) {
                problems.add(new ContentProblem(file, "(root)", "expected a YAML mapping at the top level"));
                return null;
            }
            return tree;
        } catch (NoSuchFileException e) {
            problems.add(new ContentProblem(file, "(file)", "not found: " + e.getMessage()));
        } catch (IOException e) {
            problems.add(new ContentProblem(file, "(file)", "not valid YAML: " + firstLine(e.getMessage())));
        } catch (UncheckedIOException e) {
            problems.add(new ContentProblem(file, "(file)", "could not be read: " + firstLine(e.getMessage())));
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
