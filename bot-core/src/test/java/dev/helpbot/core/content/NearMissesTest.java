package dev.helpbot.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NearMissesTest {

    private final NearMisses nearMisses = new NearMisses(List.of(
            new NearMiss("oos_restore", "Restoring is for a person.", OptionalInt.empty(), false),
            new NearMiss("oos_phone_hardware", "Ask Apple.", OptionalInt.empty(), false,
                    List.of("battery life", "battery goes from"))));

    @Test
    void aPhraseNamesItsNearMiss() {
        assertThat(nearMisses.namedIn("my battery goes from 90 to 30 by noon")).map(NearMiss::intent)
                .hasValue("oos_phone_hardware");
    }

    @Test
    void withoutOneOfItsPhrasesNothingIsNamed() {
        assertThat(nearMisses.namedIn("my battery is at 5%")).isEmpty();
        assertThat(nearMisses.namedIn("")).isEmpty();
    }
}
