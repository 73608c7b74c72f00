package dev.helpbot.app.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.content.LabeledText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The held-out split and the cross-validation folds: deterministic, and every label spread evenly. */
class SplitsTest {

    private static List<LabeledText> rows(String label, int count) {
        List<LabeledText> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(new LabeledText(label, label + " example " + i));
        }
        return rows;
    }

    @Test
    void everyFifth_holdsOutThe5thAnd10thOfEachLabel() {
        List<LabeledText> data = new ArrayList<>(rows("a", 10));
        data.addAll(rows("b", 7));

        HeldOutSplit split = HeldOutSplit.everyFifth(data);

        assertThat(split.test()).extracting(LabeledText::text)
                .containsExactly("a example 5", "a example 10", "b example 5");
        assertThat(split.train()).hasSize(14).doesNotContainAnyElementsOf(split.test());
    }

    @Test
    void split_isStratifiedDeterministicAndCoversEveryRowOnce() {
        List<LabeledText> data = new ArrayList<>(rows("a", 10));
        data.addAll(rows("b", 15));
        data.addAll(rows("c", 3));

        List<List<LabeledText>> folds = CrossValidation.split(data, 5);

        assertThat(folds).hasSize(5);
        assertThat(folds.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(data);
        for (List<LabeledText> fold : folds) {
            var perLabel = fold.stream().collect(Collectors.groupingBy(LabeledText::label, Collectors.counting()));
            assertThat(perLabel.get("a")).isEqualTo(2);
            assertThat(perLabel.get("b")).isEqualTo(3);
        }
        // 28 rows over 5 folds: sizes differ by at most one.
        assertThat(folds).allSatisfy(fold -> assertThat(fold.size()).isBetween(5, 6));
        assertThat(CrossValidation.split(data, 5)).isEqualTo(folds);
    }
}
