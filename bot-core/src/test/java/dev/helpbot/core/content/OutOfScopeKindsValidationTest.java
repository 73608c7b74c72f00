package dev.helpbot.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpbot.core.TestBots;
import dev.helpbot.core.dialogue.Intents;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The content test for out_of_scope.yaml and the borrowed CLINC150 rows. */
class OutOfScopeKindsValidationTest {

    private static final ContentRules RULES = new ContentRules(2, Set.of());

    @Test
    void bundledKinds_loadAsOutOfScope_withEveryKind() {
        OutOfScopeKinds outOfScopeKinds = OutOfScopeExamples.bundledKinds(TestBots.content().nlu());

        assertThat(outOfScopeKinds.label()).isEqualTo(Intents.OUT_OF_SCOPE);
        assertThat(outOfScopeKinds.kinds()).extracting(OutOfScopeKinds.Kind::kind)
                .containsExactly("iphone_not_backup", "icloud_not_backup", "other_devices");
        assertThat(outOfScopeKinds.examples()).allSatisfy(e -> assertThat(e.label()).isEqualTo(Intents.OUT_OF_SCOPE));
    }

    @Test
    void nearMisses_mistakes_areReportedByFileAndKey() {
        String yaml = """
                label: no_such_intent
                kinds:
                  - kind: few
                    examples: ["only one"]
                  - kind: clash
                    examples: ["my iphone wont back up", "twice", "twice"]
                """;
        assertThatThrownBy(() -> OutOfScopeExamples.outOfScopeKinds(stream(yaml), TestBots.content().nlu(), RULES))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    List<String> problems = e.problems().stream().map(ContentProblem::toString).toList();
                    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("out_of_scope.yaml: label:")
                            .contains("no_such_intent"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("out_of_scope.yaml: kinds[0] (few).examples:").contains("at least 2"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("out_of_scope.yaml: kinds[1] (clash).examples[0]:").contains("backup_fails"));
                    assertThat(problems).anySatisfy(p -> assertThat(p)
                            .startsWith("out_of_scope.yaml: kinds[1] (clash).examples[2]:").contains("earlier in this file"));
                });
    }

    @Test
    void clinc150_leavesOutTheIntentsTheBotHandles_andTakesAtMostNPerIntent() {
        List<LabeledText> all = OutOfScopeExamples.clinc150("oos_label", 1000);
        List<LabeledText> ten = OutOfScopeExamples.clinc150("oos_label", 10);

        // 150 intents + CLINC150's own out-of-scope rows, less the 11 overlapping intents, 100 rows each.
        assertThat(all).hasSize((151 - OutOfScopeExamples.CLINC150_OVERLAPS.size()) * 100);
        assertThat(ten).hasSize((151 - OutOfScopeExamples.CLINC150_OVERLAPS.size()) * 10);
        assertThat(all).extracting(LabeledText::text).doesNotContain("how's everything", "thank you").isNotEmpty();
        assertThat(all).allSatisfy(row -> assertThat(row.label()).isEqualTo("oos_label"));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
