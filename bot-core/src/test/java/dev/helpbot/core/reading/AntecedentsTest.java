package dev.helpbot.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AntecedentsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "i forgot it | it keeps asking for my apple id password | i forgot my apple id password",
            "i dont remember it | it wants my icloud password | i dont remember my icloud password",
            "i never get it | it asks for a verification code | i never get my verification code",
            "lost it ages ago | the passcode screen comes up | lost my passcode ages ago"})
    void aShortClauseGetsTheThingTheClauseBeforeNamed(String clause, String before, String resolved) {
        assertThat(Antecedents.resolved(clause, before)).isEqualTo(resolved);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "restarted it | my phone is slow",
            "i forgot it | storage is full",
            "and i did it again a second time today | it asks for my password",
            "forgot | it asks for my password"})
    void otherwiseTheClauseIsLeftAsWritten(String clause, String before) {
        assertThat(Antecedents.resolved(clause, before)).isEqualTo(clause);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"is that bad | true", "is this normal | true", "why | true",
            "is it dangerous | true", "how long does a backup take | false", "is my password wrong | false",
            "does it back up while charging | false"})
    void aShortQuestionWithOnlyAPointerPointsBack(String question, boolean pointsBack) {
        assertThat(Antecedents.pointsBack(question)).isEqualTo(pointsBack);
    }

    @Test
    void theFirstClauseHasNothingBeforeIt() {
        assertThat(Antecedents.resolved(List.of("i forgot it", "it asks for my password")))
                .containsExactly("i forgot it", "it asks for my password");
    }
}
