package dev.helpbot.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.nlu.EntityExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetailsTest {

    private final EntityExtractor entities = new EntityExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"the previous iphone 12s backup is like 20gb", "my old ipad has a previous backup in there"})
    void previousOfAnotherDevice_isADetail_notTheFixBefore(String words) {
        Reading read = Details.asDetail(Reading.Navigate.to(Reading.Move.BACK), entities.extract(words), false, words);
        assertThat(read.kind()).isEqualTo(Reading.Kind.DETAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i have 50gb with 48 used", "48 of 50gb used", "like 195/200 gb full", "5gb and 4.8 used"})
    void usedNearlyAllOfTheWhole_isNearlyFull(String words) {
        assertThat(Details.nearlyFull(words)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"i have 50gb with 20 used", "12 of 200gb used", "200gb plan, 30gb free", "its 48gb"})
    void roomLeftOrNoWhole_isNot(String words) {
        assertThat(Details.nearlyFull(words)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"go back to the previous one", "back, my ipad is fine", "the previous fix please"})
    void askingForTheFixBefore_staysNavigation(String words) {
        Reading read = Details.asDetail(Reading.Navigate.to(Reading.Move.BACK), entities.extract(words), false, words);
        assertThat(read.kind()).isEqualTo(Reading.Kind.NAVIGATE);
    }
}
