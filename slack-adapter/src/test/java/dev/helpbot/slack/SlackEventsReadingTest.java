package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.model.event.MessageEvent;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.ChoiceToken;
import org.junit.jupiter.api.Test;

class SlackEventsReadingTest {

    private static final String TEAM = "T0TEST01";
    private static final String BOT = "UBOT0001";
    private static final String ALICE = "U0ALICE01";
    private static final SlackPlace THREAD = new SlackPlace(TEAM, "C0HELP001", "1700000000.000001", null);

    private final SlackEvents reader = new SlackEvents(null, null, ChannelTexts.from(TestBots.content()),
            LoopbackSettings.socketMode("xoxb-dummy", "xapp-dummy"));

    @Test
    void command_withArguments_commandInTheNewThreadsConversation() {
        SlashCommandPayload payload = mock(SlashCommandPayload.class);
        when(payload.getUserId()).thenReturn(ALICE);
        when(payload.getText()).thenReturn("  fix 4 ");

        IncomingMessage message = reader.command(payload, THREAD, false);

        assertThat(message.key()).isEqualTo(new ConversationKey("slack", TEAM, "C0HELP001:1700000000.000001", ALICE));
        assertThat(message.command()).isEqualTo(new IncomingMessage.Command("backup-help", "fix 4"));
    }

    @Test
    void choice_pressedBySomeoneElse_isTheOwnersConversation() {
        IncomingMessage message = SlackEvents.choice(THREAD, new ChoiceToken(ALICE, "1700000000.000001", "worked:4"));

        assertThat(message.key()).isEqualTo(new ConversationKey("slack", TEAM, "C0HELP001:1700000000.000001", ALICE));
        assertThat(message.choiceId()).isEqualTo("worked:4");
    }

    @Test
    void choice_topLevelButton_answersAtTopLevel() {
        SlackPlace topLevel = new SlackPlace(TEAM, "C0HELP001", "main", null);

        assertThat(topLevel.threadTs()).isNull();
        assertThat(SlackEvents.choice(topLevel, new ChoiceToken(ALICE, "main", "human")).key().channel())
                .isEqualTo("C0HELP001:main");
    }

    @Test
    void placeOf_aBotsOrOurOwnOrATopLevelChannelMessage_isNone() {
        MessageEvent fromABot = message("C0HELP001", "channel", ALICE, "hi", "1.1");
        when(fromABot.getBotId()).thenReturn("B0OTHER01");

        assertThat(SlackEvents.placeOf(fromABot, TEAM, BOT)).isEmpty();
        assertThat(SlackEvents.placeOf(message("C0HELP001", "channel", BOT, "hi", "1.1"), TEAM, BOT)).isEmpty();
        assertThat(SlackEvents.placeOf(message("C0HELP001", "channel", ALICE, "my backup fails", null), TEAM, BOT))
                .isEmpty();
    }

    @Test
    void placeOf_threadReplyMentioningTheBot_isLeftToTheAppMentionEvent() {
        MessageEvent event = message("C0HELP001", "channel", ALICE, "<@" + BOT + "> still failing", "1700000000.000001");

        assertThat(SlackEvents.placeOf(event, TEAM, BOT)).isEmpty();
    }

    @Test
    void placeOf_replyInThreadOrTopLevelDirectMessage_isThatThreadOrTheDmsMainLine() {
        assertThat(SlackEvents.placeOf(message("C0HELP001", "channel", ALICE, "no luck", "1700000000.000001"),
                TEAM, BOT)).contains(THREAD);
        assertThat(SlackEvents.placeOf(message("D0ALICE01", "im", ALICE, "hello", null), TEAM, BOT))
                .hasValueSatisfying(place -> assertThat(place.conversationId()).isEqualTo("D0ALICE01:main"));
    }

    @Test
    void text_withTheBotsMention_mentionRemoved_andABareMentionStartsLikeTheCommand() {
        assertThat(reader.text(THREAD, ALICE, "<@" + BOT + "> my iphone won't back up <@" + BOT + "|helpbot>", BOT).text())
                .isEqualTo("my iphone won't back up");
        assertThat(reader.text(THREAD, ALICE, "<@" + BOT + ">", BOT).command())
                .isEqualTo(new IncomingMessage.Command("backup-help", ""));
        assertThat(reader.text(THREAD, ALICE, "plain words", BOT).text()).isEqualTo("plain words");
    }

    @Test
    void workspace_withoutTeam_fallsBackToTheEnterpriseThenToDash() {
        assertThat(SlackEvents.workspace(TEAM, "E0ENT")).isEqualTo(TEAM);
        assertThat(SlackEvents.workspace(null, "E0ENT")).isEqualTo("E0ENT");
        assertThat(SlackEvents.workspace(" ", null)).isEqualTo("-");
    }

    private static MessageEvent message(String channel, String channelType, String user, String text, String threadTs) {
        MessageEvent event = mock(MessageEvent.class);
        when(event.getChannel()).thenReturn(channel);
        when(event.getChannelType()).thenReturn(channelType);
        when(event.getUser()).thenReturn(user);
        when(event.getText()).thenReturn(text);
        when(event.getTs()).thenReturn("1700000099.000001");
        when(event.getThreadTs()).thenReturn(threadTs);
        return event;
    }
}
