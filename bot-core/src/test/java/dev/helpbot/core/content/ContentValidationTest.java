package dev.helpbot.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpbot.core.TestBots;
import dev.helpbot.core.dialogue.Intents;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The content test: the shipped content is valid, and each kind of mistake is reported by file and key. */
class ContentValidationTest {

    private static final ContentLoader STRICT = new ContentLoader(new ContentRules(3, Set.of("human")));

    @Test
    void bundledContent_loads_withNineFixesInSeedOrder() {
        Content content = TestBots.content();
        assertThat(content.playbook().fixes()).extracting(Fix::id).containsExactly(
                "icloud-backup-switch", "wifi", "power", "storage", "apple-system-status", "sign-out-in",
                "restart", "reset-settings", "update-ios");
        assertThat(content.playbook().fixes()).allSatisfy(fix -> {
            assertThat(fix.steps().isEmpty() && fix.variants().isEmpty()).as(fix.id() + " has steps").isFalse();
            assertThat(fix.why()).isNotBlank();
        });
        assertThat(content.nlu().intentNames()).containsAll(Intents.CLASSIFIED);
    }

    @Test
    void bundledContent_restartFix_hasStepsForEachRestartGroupAndAsksWhenUnknown() {
        Fix restart = TestBots.content().playbook().fix(7);
        assertThat(restart.variants()).hasValueSatisfying(v -> {
            assertThat(v.by()).isEqualTo(FixVariants.VariantKey.PHONE_MODEL);
            assertThat(v.whenNotKnown()).as("no not_known option, so the bot asks").isEmpty();
            assertThat(v.options()).extracting(FixVariants.VariantOption::id)
                    .containsExactly("x_or_later", "8_or_se", "7_or_earlier");
            assertThat(v.options()).allSatisfy(option -> assertThat(option.alternatives())
                    .as(option.id() + " has a force restart").anySatisfy(a -> assertThat(a.steps().toString())
                            .contains("Force restart")));
        });
    }

    @Test
    void bundledContent_mentionsCurrentIosPaths() {
        String all = TestBots.content().playbook().fixes().toString();
        assertThat(all).contains("Transfer or Reset iPhone").contains("Apple Account");
        assertThat(all).doesNotContainIgnoringCase("makeuseof").doesNotContain("affiliate").doesNotContain("<a ");
    }

    @Test
    void load_brokenFiles_reportsEveryProblemByFileAndKey() {
        assertThatThrownBy(() -> STRICT.load(resource("broken-content/")))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    List<String> problems = e.problems().stream().map(ContentProblem::toString).toList();
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("playbook.yaml: fixes[0] (one).steps:").contains("empty"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("playbook.yaml: fixes[1] (one).id:").contains("already used"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("playbook.yaml: fixes[1] (one).symptom_intent:").contains("no_such_intent"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("playbook.yaml: fixes[2] (three).variants.by:").contains("shoe_size"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("nlu.yaml: intents[0] (storage_full).examples:").contains("at least 3"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("nlu.yaml: intents[1] (wifi_problem).examples[1]:").contains("storage_full"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("nlu.yaml: intents[2] (wifi_problem).intent:").contains("declared twice"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("responses.yaml: responses.welcome:").contains("{name}"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("responses.yaml: responses.no_such_key:"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("responses.yaml: responses.fix_header:").contains("missing"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("nlu.yaml: intents:").contains("'human'"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("playbook.yaml: fixes[0] (one).short_name:").contains("missing"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("faq.yaml: faq[0] (plan-cost).fix:").contains("1 to"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("faq.yaml: faq[1] (plan-cost).id:").contains("already used"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("faq.yaml: faq[1] (plan-cost).questions:").contains("empty"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("near_misses.yaml: near_misses[0] (cracked_screen).intent:")
                            .contains("not declared"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("near_misses.yaml: near_misses[1] (storage_full).by_name_only:")
                            .contains("leave by_name_only out"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("near_misses.yaml: near_misses[2] (phone_settings).named_by:").contains("missing"));
                    assertThat(problems).noneSatisfy(p -> assertThat(p)
                            .startsWith("near_misses.yaml: near_misses[2] (phone_settings).intent:"));
                });
    }

    @Test
    void load_brokenWarningCheckAndAlternatives_reportsEachByFixAndKey() {
        assertThatThrownBy(() -> STRICT.load(resource("broken-content/")))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    List<String> problems = e.problems().stream().map(ContentProblem::toString).toList();
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("playbook.yaml: fixes[1] (one).steps:").contains("3 to 7"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("playbook.yaml: fixes[3] (four).title:").contains("40"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("playbook.yaml: fixes[3] (four).warnign:").contains("warning"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("playbook.yaml: fixes[3] (four).check:").contains("missing"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("playbook.yaml: fixes[3] (four).alternatives[0].steps:").contains("empty"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("playbook.yaml: fixes[3] (four).notes[0]:").contains("'warning'"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("playbook.yaml: fixes[4] (five).variants.options:").contains("not_known"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("playbook.yaml: fixes[4] (five).variants.options[1] (ios14_or_earlier).steps:")
                            .contains("3 to 7"));
                });
    }

    @Test
    void bundledContent_everyFixEndsWithTheBackUpNowCheck() {
        assertThat(TestBots.content().playbook().fixes()).allSatisfy(fix -> assertThat(fix.check())
                .as(fix.id() + " check").contains("**Back Up Now**").contains("**Last successful backup**"));
    }

    @Test
    void bundledContent_fixesThatDeleteOrNeedSomethingWarnFirst() {
        Playbook playbook = TestBots.content().playbook();
        assertThat(playbook.fix(4).warning()).hasValueSatisfying(w -> assertThat(w).contains("every device"));
        assertThat(playbook.fix(6).warning()).hasValueSatisfying(w -> assertThat(w).contains("password").contains("code"));
        assertThat(playbook.fix(8).warning()).hasValueSatisfying(w -> assertThat(w)
                .contains("Wi-Fi passwords").contains("keyboard dictionary").contains("Apple Pay").contains("stay"));
        assertThat(playbook.fixes()).filteredOn(fix -> fix.number() != 4 && fix.number() != 6 && fix.number() != 8)
                .allSatisfy(fix -> assertThat(fix.warning()).as(fix.id()).isEmpty());
    }

    @Test
    void load_intentNothingUses_isNamedWithWhereToUseIt() {
        ContentLoader.Source source = name -> name.equals(ContentLoader.NLU_FILE)
                ? stream("intents:\n  - intent: human\n    examples: [\"a person\", \"human\", \"staff\"]\n"
                + "  - intent: orphan\n    examples: [\"x\", \"y\", \"z\"]\n")
                : resource("broken-content/").open(name);
        assertThatThrownBy(() -> STRICT.load(source)).isInstanceOfSatisfying(ContentException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString())
                        .startsWith("nlu.yaml: intents (orphan):").contains("symptom_intent").contains("near_misses.yaml")));
    }

    @Test
    void bundledContent_faqQuestionsTeachTheQuestionIntent() {
        Content content = TestBots.content();
        FaqEntry first = content.faq().entries().get(0);
        assertThat(content.nlu().examples()).contains(new LabeledText(Intents.QUESTION, first.questions().get(0)));
        assertThat(content.faq().entries()).allSatisfy(entry -> assertThat(entry.answer().length())
                .isLessThanOrEqualTo(FaqParser.MAX_ANSWER_LENGTH));
        assertThat(content.nearMisses().intents()).contains("account_locked", "greyed_out_switch");
    }

    @Test
    void load_invalidYaml_namesTheFile() {
        ContentLoader.Source source = name -> name.equals(ContentLoader.NLU_FILE)
                ? stream("intents: [unclosed") : resource("broken-content/").open(name);
        assertThatThrownBy(() -> STRICT.load(source))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("nlu.yaml: (file): not valid YAML");
    }

    @Test
    void load_duplicateYamlKey_isReportedNotSilentlyMerged() {
        ContentLoader.Source source = name -> name.equals(ContentLoader.RESPONSES_FILE)
                ? stream("responses:\n  welcome: a\n  welcome: b\n") : resource("broken-content/").open(name);
        assertThatThrownBy(() -> STRICT.load(source))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("responses.yaml: (file)").hasMessageContaining("welcome");
    }

    @Test
    void load_missingFile_saysWhichOne() {
        ContentLoader.Source source = name -> {
            if (name.equals(ContentLoader.PLAYBOOK_FILE)) {
                throw new NoSuchFileException("playbook.yaml");
            }
            return resource("broken-content/").open(name);
        };
        assertThatThrownBy(() -> STRICT.load(source)).hasMessageContaining("playbook.yaml: (file): not found");
    }

    private static ContentLoader.Source resource(String folder) {
        return name -> ContentValidationTest.class.getClassLoader().getResourceAsStream(folder + name);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
