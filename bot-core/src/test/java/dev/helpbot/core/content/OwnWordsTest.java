package dev.helpbot.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bot speaks in our own words: no sentence it says shares a run of {@value SeedShingles#WINDOW}
 * words with the seed article. The build cannot read the seed, so it compares against the hashed
 * shingles in {@code seed-shingles.txt} (see {@link SeedShingles} for how they were made).
 */
class OwnWordsTest {

    /** The seed article has some 3,000 distinct windows; far fewer means the hash file was cut short. */
    private static final int FEWEST_SEED_SHINGLES = 2000;

    @Test
    void everythingTheBotSays_sharesNoRunOfEightWordsWithTheSeed() throws IOException {
        Set<String> seed = seedShingles();
        assertThat(seed).as("seed-shingles.txt").hasSizeGreaterThan(FEWEST_SEED_SHINGLES);
        List<String> copied = new ArrayList<>();
        botTexts(TestBots.content()).forEach((where, text) -> sharedRuns(text, seed)
                .forEach(run -> copied.add(where + ": \"" + run + "\"")));
        assertThat(copied).as("runs of 8 words also in the seed: reword them").isEmpty();
    }

    @Test
    void sharedRuns_findsACopiedRun_evenAcrossMarkupAndCase() {
        String source = "Tap the round button twice and then wait for the little green light to appear.";
        Set<String> hashes = new HashSet<>();
        SeedShingles.windows(SeedShingles.words(source)).forEach(w -> hashes.add(SeedShingles.hash(w)));
        assertThat(sharedRuns("First, **tap the Round Button** twice and then wait for the light.", hashes))
                .first().isEqualTo("tap the round button twice and then wait");
        assertThat(sharedRuns("Press the round button twice, then wait until a green light shows.", hashes)).isEmpty();
    }

    /** Each run of eight of {@code text}'s words whose hash is in {@code seed}, as normalised words. */
    private static List<String> sharedRuns(String text, Set<String> seed) {
        return SeedShingles.windows(SeedShingles.words(text)).stream()
                .filter(window -> seed.contains(SeedShingles.hash(window)))
                .map(window -> String.join(" ", window)).toList();
    }

    /**
     * Every sentence the bot can say, by file and key. A fix's steps are also checked joined in order,
     * since a copied sequence could run across two steps.
     */
    private static Map<String, String> botTexts(Content content) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Fix fix : content.playbook().fixes()) {
            String at = ContentLoader.PLAYBOOK_FILE + ": fixes[" + (fix.number() - 1) + "] (" + fix.id() + ")";
            texts.put(at + ".title", fix.title());
            texts.put(at + ".why", fix.why());
            fix.warning().ifPresent(warning -> texts.put(at + ".warning", warning));
            addSteps(texts, at, fix.steps(), fix.alternatives());
            fix.variants().ifPresent(variants -> {
                for (int i = 0; i < variants.options().size(); i++) {
                    FixVariants.VariantOption option = variants.options().get(i);
                    String optionAt = at + ".variants.options[" + i + "] (" + option.id() + ")";
                    texts.put(optionAt + ".label", option.label());
                    addSteps(texts, optionAt, option.steps(), option.alternatives());
                }
            });
            for (int i = 0; i < fix.notes().size(); i++) {
                texts.put(at + ".notes[" + i + "]", fix.notes().get(i));
            }
            texts.put(at + ".check", fix.check());
        }
        content.responses().texts().forEach((key, text) -> texts.put(ContentLoader.RESPONSES_FILE + ": responses." + key, text));
        content.faq().entries().forEach(entry -> texts.put(ContentLoader.FAQ_FILE + ": faq (" + entry.id() + ").answer",
                entry.answer()));
        content.nearMisses().entries().forEach(miss -> texts.put(ContentLoader.NEAR_MISSES_FILE + ": near_misses ("
                + miss.intent() + ").answer", miss.answer()));
        return texts;
    }

    private static void addSteps(Map<String, String> texts, String at, List<String> steps, List<Alternative> alternatives) {
        for (int i = 0; i < steps.size(); i++) {
            texts.put(at + ".steps[" + i + "]", steps.get(i));
        }
        if (steps.size() > 1) {
            texts.put(at + ".steps (all, in order)", String.join(" ", steps));
        }
        for (int i = 0; i < alternatives.size(); i++) {
            Alternative alternative = alternatives.get(i);
            texts.put(at + ".alternatives[" + i + "]", alternative.label() + " " + String.join(" ", alternative.steps()));
        }
    }

    private static Set<String> seedShingles() throws IOException {
        Set<String> hashes = new HashSet<>();
        try (InputStream in = OwnWordsTest.class.getResourceAsStream("/seed-shingles.txt")) {
            assertThat(in).as("seed-shingles.txt on the test classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    hashes.add(line.strip());
                }
            }
        }
        return hashes;
    }
}
