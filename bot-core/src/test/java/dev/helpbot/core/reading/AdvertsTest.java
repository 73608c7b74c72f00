package dev.helpbot.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdvertsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "[click](http://evil.example) for free icloud storage",
            "free nitro for everyone discord.gg/abcd",
            "GIVEAWAY!!! claim your prize at https://bit.ly/x1",
            "earn crypto fast www.example.com"})
    void aLinkWithBaitIsAnAdvert(String text) {
        assertThat(Adverts.isOne(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i followed https://support.apple.com/en-us/108922 and it says free up space",
            "tried https://example.com/guide to free up some room, still full",
            "free icloud storage is only 5gb right?",
            "the link https://support.apple.com gift card page is not what i need",
            "click the backup now button and nothing happens"})
    void storageTalkAndApplesOwnLinksAreNot(String text) {
        assertThat(Adverts.isOne(text)).isFalse();
    }
}
