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
    @ValueSource(strings = {"go back to the previous one", "back, my ipad is fine", "the previous fix please"})
    void askingForTheFixBefore_staysNavigation(String words) {
        Reading read = Details.asDetail(Reading.Navigate.to(Reading.Move.BACK), entities.extract(words), false, words);
        assertThat(read.kind()).isEqualTo(Reading.Kind.NAVIGATE);
    }
}
