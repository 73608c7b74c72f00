package dev.helpbot.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpbot.core.testing.Gen.CodePoints;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PropertiesTest {

    @Test
    void forAll_failingValue_namesSeedTryAndValue() {
        assertThatThrownBy(() -> Properties.forAll(1_000, Gen.integers(0, 100), n -> assertThat(n).isLessThan(90)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed 20261201").hasMessageContaining("try ").hasMessageMatching("(?s).*value: 9\\d.*");
    }

    @Test
    void strings_sameSeed_sameValues() {
        Gen<String> gen = Gen.strings(CodePoints.any(), 0, 50);
        SplittableRandom a = new SplittableRandom(7);
        SplittableRandom b = new SplittableRandom(7);
        for (int i = 0; i < 100; i++) {
            assertThat(gen.next(a)).isEqualTo(gen.next(b));
        }
    }

    @Test
    void strings_alphabetAndLength_areRespected() {
        Gen<String> gen = Gen.strings(CodePoints.range('a', 'c').and(CodePoints.of("😀")), 3, 5);
        List<String> seen = new ArrayList<>();
        Properties.forAll(500, gen, seen::add);
        assertThat(seen).allSatisfy(s -> {
            assertThat(s.codePointCount(0, s.length())).isBetween(3, 5);
            assertThat(s.codePoints().allMatch(c -> (c >= 'a' && c <= 'c') || c == 0x1F600)).isTrue();
        });
        assertThat(String.join("", seen)).contains("😀").contains("a").contains("c");
    }
}
