package dev.helpbot.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TyposTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "my iphnoe wont bakcup to icloud | my iphone wont backup to icloud",
            "checked the setings and the storge | checked the settings and the storage",
            "Bakcup failed!! | backup failed!!",
            "icoud says full | icloud says full"})
    void swappedAndDroppedLettersOfTheTopicsWordsAreMended(String typed, String mended) {
        assertThat(Typos.corrected(typed)).isEqualTo(mended);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my phone wont back up", "the setting is greyed out", "backed up fine", "updated it",
            "charged overnight", "a wall of text with no topic words at all", ""})
    void realWordsAreLeftAlone(String text) {
        assertThat(Typos.corrected(text)).isEqualTo(text);
    }
}
