package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.Reply;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.ChoiceToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlackPosterWritingTest {

    private static final SlackPlace THREAD = new SlackPlace("T0TEST01", "C0HELP001", "1700000000.000001", null);
    private static final String OWNER = "U0ALICE01";

    private final SlackPoster writer = new SlackPoster(null, ChannelTexts.from(TestBots.content()),
            LoopbackSettings.withUserGroup(LoopbackSettings.httpMode("xoxb-dummy", "dummy-secret", 0), "S0SUPPORT1"));

    @Test
    void write_textAndChoices_sectionThenButtonsWithStableIdsAndOwnerInValue() {
        Reply reply = reply("**Fix 2 of 9 · Check your Wi-Fi**\n1. Open **Settings**.",
                new Choice("worked:2", "Yes, it backed up"), new Choice("not_worked:2", "No, still failing"));

        SlackPoster.SlackMessage message = writer.write(reply, THREAD, OWNER);

        assertThat(message.blocks()).hasSize(2);
        SectionBlock section = (SectionBlock) message.blocks().get(0);
        assertThat(section.getText().getText()).isEqualTo("*Fix 2 of 9 · Check your Wi-Fi*\n1. Open *Settings*.");
        List<ButtonElement> buttons = buttons(message.blocks());
        assertThat(buttons).extracting(ButtonElement::getActionId).containsExactly("hb_choice_0", "hb_choice_1");
        assertThat(buttons).extracting(b -> b.getText().getText()).containsExactly("Yes, it backed up", "No, still failing");
        assertThat(ChoiceToken.decode(buttons.get(1).getValue()))
                .contains(new ChoiceToken(OWNER, "1700000000.000001", "not_worked:2"));
    }

    @Test
    void write_anyText_sectionsAreVerbatimSoSlackParsesNothingItself() {
        SlackPoster.SlackMessage message = writer.write(reply("hello @here"), THREAD, OWNER);

        SectionBlock section = (SectionBlock) message.blocks().get(0);
        assertThat(section.getText().getType()).isEqualTo("mrkdwn");
        assertThat(((com.slack.api.model.block.composition.MarkdownTextObject) section.getText()).getVerbatim()).isTrue();
    }

    @Test
    void write_markup_fallbackTextIsPlainAndEscaped() {
        SlackPoster.SlackMessage message = writer.write(reply("Open **Settings** & tap <Wi-Fi>"), THREAD, OWNER);

        assertThat(message.text()).isEqualTo("Open Settings &amp; tap &lt;Wi-Fi&gt;");
    }

    @Test
    void write_textLongerThanASection_isSplitIntoSectionsUnderSlacksLimit() {
        String longText = String.join("\n", IntStream.range(0, 100).mapToObj(i -> "Step line number " + i + " " + "x".repeat(60)).toList());

        SlackPoster.SlackMessage message = writer.write(reply(longText), THREAD, OWNER);

        assertThat(message.blocks()).hasSizeGreaterThan(1)
                .allSatisfy(b -> assertThat(((SectionBlock) b).getText().getText().length()).isLessThanOrEqualTo(3000));
        assertThat(message.text().length()).isLessThanOrEqualTo(3000);
    }

    @Test
    void write_moreThan25Choices_splitAcrossActionBlocksWithUniqueActionIds() {
        Choice[] choices = IntStream.range(0, 30).mapToObj(i -> new Choice("fix:" + i, "Fix " + i)).toArray(Choice[]::new);

        SlackPoster.SlackMessage message = writer.write(reply("Pick one", choices), THREAD, OWNER);

        assertThat(message.blocks().stream().filter(ActionsBlock.class::isInstance)).hasSize(2);
        assertThat(buttons(message.blocks())).extracting(ButtonElement::getActionId).doesNotHaveDuplicates().hasSize(30);
    }

    @Test
    void write_topLevelDirectMessage_buttonValueSaysMain() {
        SlackPoster.SlackMessage message = writer.write(reply("Hi", new Choice("human", "Talk to a person")),
                new SlackPlace("T0TEST01", "D0ALICE01", null, null), OWNER);

        assertThat(buttons(message.blocks()).get(0).getValue()).isEqualTo("hb1|" + OWNER + "|main|human");
    }

    @Test
    void write_choicesOnly_fallbackListsLabels() {
        SlackPoster.SlackMessage message = writer.write(reply("", new Choice("a", "One"), new Choice("b", "Two")), THREAD, OWNER);

        assertThat(message.text()).isEqualTo("One · Two");
        assertThat(message.blocks()).singleElement().isInstanceOf(ActionsBlock.class);
    }

    @Test
    void handoff_userGroupConfigured_pingsThatGroupAndNobodyElse() {
        Handoff handoff = new Handoff(Handoff.Reason.REQUESTED,
                "**iCloud backup help needed**\nWhat they said: " + dev.helpbot.core.Markup.quote("<!channel> <@U0BOB0001> help"));

        SlackPoster.SlackMessage message = writer.handoff(handoff, null, null, null);

        assertThat(message.text()).startsWith("<!subteam^S0SUPPORT1> *iCloud backup help needed*");
        assertThat(message.text().split("<!", -1)).hasSize(2);
        assertThat(message.text()).doesNotContain("<@");
        assertThat(((SectionBlock) message.blocks().get(0)).getText().getText()).isEqualTo(message.text());
    }

    @Test
    void handoff_noUserGroup_pingsNobody() {
        SlackPoster.SlackMessage message = new SlackPoster(null, ChannelTexts.from(TestBots.content()),
                LoopbackSettings.httpMode("xoxb-dummy", "dummy-secret", 0))
                .handoff(new Handoff(Handoff.Reason.ALL_FIXES_FAILED, "**Nine fixes tried**"), null, null, null);

        assertThat(message.text()).isEqualTo("*Nine fixes tried*");
    }

    @Test
    void withChoiceMade_messageWithButtons_buttonsReplacedByTheChoice() {
        List<LayoutBlock> original = writer.write(reply("Did it work?", new Choice("worked:1", "Yes")), THREAD, OWNER).blocks();

        List<LayoutBlock> updated = SlackPoster.withChoiceMade(original,
                SlackText.RENDERER.render(ChannelTexts.from(TestBots.content()).choiceMade("Yes <!here>")), List.of(),
                new dev.helpbot.core.channel.ChoiceToken(OWNER, "1.0", "worked:1"));

        assertThat(updated).hasSize(2).noneMatch(ActionsBlock.class::isInstance);
        assertThat(updated.get(1)).isInstanceOf(ContextBlock.class);
        assertThat(updated.get(1).toString()).contains("You chose: *Yes ").doesNotContain("<!here>");
    }

    private static Reply reply(String text, Choice... choices) {
        return new Reply(text, List.of(choices), ConversationStatus.FIX, 2, null, 1.0, Optional.empty());
    }

    private static List<ButtonElement> buttons(List<LayoutBlock> blocks) {
        List<ButtonElement> buttons = new ArrayList<>();
        blocks.stream().filter(ActionsBlock.class::isInstance)
                .forEach(b -> ((ActionsBlock) b).getElements().forEach(e -> buttons.add((ButtonElement) e)));
        return buttons;
    }
}
