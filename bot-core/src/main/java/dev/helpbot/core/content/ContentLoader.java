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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code playbook.yaml}, {@code nlu.yaml}, {@code responses.yaml}, {@code faq.yaml} and
 * {@code near_misses.yaml} and validates them together.
 * Every problem is collected and reported at once, by file and key, so one run shows all there is to fix.
 */
public final class ContentLoader {

    public static final String PLAYBOOK_FILE = "playbook.yaml";
    public static final String NLU_FILE = "nlu.yaml";
    public static final String RESPONSES_FILE = "responses.yaml";
    public static final String FAQ_FILE = "faq.yaml";
    public static final String NEAR_MISSES_FILE = "near_misses.yaml";
    /** Every file of the content, as {@code content.directory} must hold them. */
    public static final List<String> FILES = List.of(PLAYBOOK_FILE, NLU_FILE, RESPONSES_FILE, FAQ_FILE, NEAR_MISSES_FILE);
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

    /** Loads content from a directory holding the content files, for editing without a rebuild. */
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
        JsonNode faqTree = read(source, FAQ_FILE, problems);
        JsonNode nearMissTree = read(source, NEAR_MISSES_FILE, problems);
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        NluData declared = new NluParser(rules, problems).parse(nluTree);
        Set<String> intentNames = declared.intentNames();
        Playbook playbook = new PlaybookParser(intentNames, problems).parse(playbookTree);
        Responses responses = new ResponsesParser(problems).parse(responsesTree);
        FaqParser faqParser = new FaqParser(problems);
        Faq faq = faqParser.parseFaq(faqTree, playbook);
        NearMisses nearMisses = faqParser.parseNearMisses(nearMissTree, declared, playbook);
        for (String required : rules.requiredIntents()) {
            if (!intentNames.contains(required)) {
                problems.add(new ContentProblem(NLU_FILE, "intents",
                        "the dialogue needs intent '" + required + "', which is not declared"));
            }
        }
        checkEveryIntentIsUsed(declared, playbook, nearMisses, problems);
        NluData nlu = withFaqQuestions(declared, faq, problems);
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return new Content(playbook, nlu, responses, faq, nearMisses);
    }

    /** An intent nothing acts on would be learned and then ignored: name it so it gets a use or goes. */
    private void checkEveryIntentIsUsed(NluData nlu, Playbook playbook, NearMisses nearMisses,
                                        List<ContentProblem> problems) {
        for (NluData.IntentExamples intent : nlu.intents()) {
            String name = intent.intent();
            boolean used = rules.requiredIntents().contains(name) || playbook.fixForSymptom(name).isPresent()
                    || playbook.fixRuledOutBy(name).isPresent() || nearMisses.forIntent(name).isPresent();
            if (!used) {
                problems.add(new ContentProblem(NLU_FILE, "intents (" + name + ")", "nothing uses intent '" + name
                        + "': make it a fix's symptom_intent or ruled_out_by in " + PLAYBOOK_FILE
                        + ", give it an answer in " + NEAR_MISSES_FILE + ", or remove it"));
            }
        }
    }

    /** Every FAQ question also teaches the classifier what a question about a fix sounds like. */
    private static NluData withFaqQuestions(NluData nlu, Faq faq, List<ContentProblem> problems) {
        Map<String, String> owners = new HashMap<>();
        for (LabeledText example : nlu.examples()) {
            owners.putIfAbsent(NluParser.normalize(example.text()), example.label());
        }
        List<String> questions = new ArrayList<>();
        for (FaqEntry entry : faq.entries()) {
            for (int i = 0; i < entry.questions().size(); i++) {
                String question = entry.questions().get(i);
                String owner = owners.putIfAbsent(NluParser.normalize(question), "faq " + entry.id());
                if (owner != null) {
                    problems.add(new ContentProblem(FAQ_FILE, "faq (" + entry.id() + ").questions[" + i + "]",
                            "'" + question + "' is also " + (owner.startsWith("faq ") ? "a question of " + owner
                            : "an example of intent '" + owner + "' in " + NLU_FILE) + "; keep it in one place"));
                } else {
                    questions.add(question);
                }
            }
        }
        return nlu.withExamples(Intents.QUESTION, questions);
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
