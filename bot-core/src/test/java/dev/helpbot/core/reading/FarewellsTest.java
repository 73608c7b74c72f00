package dev.helpbot.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FarewellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"gn 😴", "night all!", "ok cya", "thx, ttyl", "nighty night 🌙", "GTG", "bye bye"})
    void aMessageThatOnlySignsOffIsAFarewell(String text) {
        assertThat(Farewells.only(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"go", "gnome", "later tonight ill try", "bye the way its still failing", "good night backup failed again",
            ""})
    void aMessageThatSaysMoreIsNot(String text) {
        assertThat(Farewells.only(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"go", "vote!", "thoughts?"})
    void aLoneWordThatIsNoFarewellIsCaught(String words) {
        assertThat(Farewells.loneWordThatIsNot(words)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bye", "cya!", "gotta go", "i have to go now"})
    void farewellsAndLongerClausesAreLeftToTheClassifier(String words) {
        assertThat(Farewells.loneWordThatIsNot(words)).isFalse();
    }
}
