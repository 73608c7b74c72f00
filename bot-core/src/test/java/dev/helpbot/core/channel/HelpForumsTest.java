package dev.helpbot.core.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HelpForumsTest {

    private final HelpForums forums = new HelpForums(List.of("900"), "Solved", "Needs staff", Duration.ofHours(1));

    @Test
    void isNewPost_onlyTheFirstMessageOfAPostInAHelpForum() {
        assertThat(forums.isNewPost("900", "5555", "5555")).isTrue();
        assertThat(forums.isNewPost("900", "5555", "5556")).as("a later message in the post").isFalse();
        assertThat(forums.isNewPost("901", "5555", "5555")).as("another forum").isFalse();
    }

    @Test
    void tagsAfter_handover_addsNeedsStaff_resolve_swapsItForSolved_keepingOthers() {
        List<String> handedOver = forums.tagsAfter(SupportTeam.Mark.HANDED_OVER, List.of("iPhone"));
        assertThat(handedOver).containsExactly("Needs staff", "iPhone");
        assertThat(forums.tagsAfter(SupportTeam.Mark.RESOLVED, List.of("needs STAFF", "iPhone")))
                .as("names match in any case").containsExactly("Solved", "iPhone");
        assertThat(forums.tagsAfter(SupportTeam.Mark.RESOLVED, List.of("a", "b", "c", "d", "e")))
                .as("at most five tags").containsExactly("Solved", "a", "b", "c", "d");
    }

    @Test
    void retag_givesThePlatformsTags_orNothingWhenNothingChanges() {
        record Tag(String name) {
        }
        List<Tag> available = List.of(new Tag("Solved"), new Tag("Needs staff"), new Tag("iPhone"));
        java.util.function.Function<String, Optional<Tag>> byName = name -> available.stream()
                .filter(tag -> tag.name().equalsIgnoreCase(name)).findFirst();

        assertThat(forums.retag(SupportTeam.Mark.RESOLVED, List.of(new Tag("Needs staff"), new Tag("iPhone")), Tag::name,
                byName)).contains(List.of(new Tag("Solved"), new Tag("iPhone")));
        assertThat(forums.retag(SupportTeam.Mark.RESOLVED, List.of(new Tag("Solved")), Tag::name, byName)).isEmpty();
        assertThat(new HelpForums(List.of("900"), "Missing", null, Duration.ZERO).retag(SupportTeam.Mark.RESOLVED,
                List.of(), Tag::name, byName)).as("a tag the forum lacks is left out").isEmpty();
    }

    @Test
    void archiveAfter_mayNotBeNegative() {
        assertThatThrownBy(() -> new HelpForums(List.of(), null, null, Duration.ofSeconds(-1)))
                .hasMessageContaining("discord.archive_after");
    }
}
