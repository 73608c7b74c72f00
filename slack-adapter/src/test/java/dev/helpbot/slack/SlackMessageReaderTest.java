package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackMessageReaderTest {

    private static final String TEAM = "T0TEST01";
    private static final String BOT = "UBOT0001";
    private static final String ALICE = "U0ALICE01";
    private static final String BOB = "U0BOB0001";

    private final SlackMessageReader reader = new SlackMessageReader("/backup-help");

    @Test
    void command_withArguments_commandInTheNewThreadsConversation() {
        SlashCommandPayload payload = mock(SlashCommandPayload.class);
        when(payload.getTeamId()).thenReturn(TEAM);
        when(payload.getUserId()).thenReturn(ALICE);
        when(payload.getText()).thenReturn("  fix 4 ");
        SlackThread thread = new SlackThread("C0HELP001", "1700000000.000001");

        SlackTurn turn = reader.command(payload, thread);

        assertThat(turn.message().key()).isEqualTo(new ConversationKey("slack", TEAM, "C0HELP001:1700000000.000001", ALICE));
        assertThat(turn.message().command()).isEqualTo(new IncomingMessage.Command("backup-help", "fix 4"));
        assertThat(turn.thread()).isEqualTo(thread);
        assertThat(turn.actorOwnsConversation()).isTrue();
    }

    @Test
    void choice_clickedBySomeoneElse_keyIsOwnersConversationAndActorIsClicker() {
        BlockActionPayload payload = click(BOB, new ChoiceValue(ALICE, "1700000000.000001", "worked:4").encode());

        SlackTurn turn = reader.choice(payload).orElseThrow();

        assertThat(turn.message().key()).isEqualTo(new ConversationKey("slack", TEAM, "C0HELP001:1700000000.000001", ALICE));
        assertThat(turn.message().choiceId()).isEqualTo("worked:4");
        assertThat(turn.actorUserId()).isEqualTo(BOB);
        assertThat(turn.actorOwnsConversation()).isFalse();
    }

    @Test
    void choice_topLevelButton_answersAtTopLevel() {
        SlackTurn turn = reader.choice(click(ALICE, new ChoiceValue(ALICE, "main", "human").encode())).orElseThrow();

        assertThat(turn.thread().threadTs()).isNull();
        assertThat(turn.message().key().channel()).isEqualTo("C0HELP001:main");
    }

    @Test
    void choice_valueNotWrittenByUs_isEmpty() {
        assertThat(reader.choice(click(ALICE, "worked:4"))).isEmpty();
        assertThat(reader.choice(click(ALICE, "v2|" + ALICE + "|1.2|worked:4"))).isEmpty();
    }

    @Test
    void message_fromABot_isEmpty() {
        MessageEvent event = message("C0HELP001", "channel", ALICE, "hi", "1700000000.000001");
        when(event.getBotId()).thenReturn("B0OTHER01");

        assertThat(reader.message(event, TEAM, BOT)).isEmpty();
    }

    @Test
    void message_ourOwnPost_isEmpty() {
        assertThat(reader.message(message("C0HELP001", "channel", BOT, "hi", "1.1"), TEAM, BOT)).isEmpty();
    }

    @Test
    void message_topLevelInAChannel_isEmpty() {
        assertThat(reader.message(message("C0HELP001", "channel", ALICE, "my backup fails", null), TEAM, BOT)).isEmpty();
    }

    @Test
    void message_inThreadMentioningTheBot_isLeftToTheAppMentionEvent() {
        MessageEvent event = message("C0HELP001", "channel", ALICE, "<@" + BOT + "> still failing", "1700000000.000001");

        assertThat(reader.message(event, TEAM, BOT)).isEmpty();
    }

    @Test
    void message_replyInThread_textInThatThreadsConversation() {
        MessageEvent event = message("C0HELP001", "channel", ALICE, "it says not enough storage", "1700000000.000001");

        SlackTurn turn = reader.message(event, TEAM, BOT).orElseThrow();

        assertThat(turn.message()).isEqualTo(IncomingMessage.text(
                new ConversationKey("slack", TEAM, "C0HELP001:1700000000.000001", ALICE), "it says not enough storage"));
        assertThat(turn.thread()).isEqualTo(new SlackThread("C0HELP001", "1700000000.000001"));
    }

    @Test
    void message_topLevelDirectMessage_keyedOnTheDmsMainLine() {
        SlackTurn turn = reader.message(message("D0ALICE01", "im", ALICE, "hello", null), TEAM, BOT).orElseThrow();

        assertThat(turn.message().key().channel()).isEqualTo("D0ALICE01:main");
        assertThat(turn.thread().threadTs()).isNull();
    }

    @Test
    void mention_withText_botMentionRemovedAndThreadStartsUnderTheMention() {
        AppMentionEvent event = mention("<@" + BOT + "> my iPhone won't back up", "1700000070.000001", null);

        SlackTurn turn = reader.mention(event, TEAM, BOT).orElseThrow();

        assertThat(turn.message().text()).isEqualTo("my iPhone won't back up");
        assertThat(turn.thread()).isEqualTo(new SlackThread("C0HELP001", "1700000070.000001"));
    }

    @Test
    void mention_insideAThread_continuesThatThread() {
        AppMentionEvent event = mention("<@" + BOT + "> still failing", "1700000080.000001", "1700000000.000001");

        assertThat(reader.mention(event, TEAM, BOT).orElseThrow().thread().threadTs()).isEqualTo("1700000000.000001");
    }

    @Test
    void mention_aloneWithoutText_startsLikeTheSlashCommand() {
        SlackTurn turn = reader.mention(mention("<@" + BOT + ">", "1700000090.000001", null), TEAM, BOT).orElseThrow();

        assertThat(turn.message().command()).isEqualTo(new IncomingMessage.Command("backup-help", ""));
    }

    @Test
    void mention_noTeamId_workspaceFallsBackToDash() {
        SlackTurn turn = reader.mention(mention("<@" + BOT + "> hi", "1.1", null), null, BOT).orElseThrow();

        assertThat(turn.message().key().workspace()).isEqualTo("-");
    }

    private static BlockActionPayload click(String clicker, String value) {
        BlockActionPayload payload = mock(BlockActionPayload.class);
        BlockActionPayload.Team team = new BlockActionPayload.Team();
        team.setId(TEAM);
        BlockActionPayload.User user = new BlockActionPayload.User();
        user.setId(clicker);
        BlockActionPayload.Container container = new BlockActionPayload.Container();
        container.setChannelId("C0HELP001");
        container.setMessageTs("1700000000.000002");
        BlockActionPayload.Action action = new BlockActionPayload.Action();
        action.setActionId("hb_choice_0");
        action.setValue(value);
        when(payload.getTeam()).thenReturn(team);
        when(payload.getUser()).thenReturn(user);
        when(payload.getContainer()).thenReturn(container);
        when(payload.getActions()).thenReturn(List.of(action));
        return payload;
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

    private static AppMentionEvent mention(String text, String ts, String threadTs) {
        AppMentionEvent event = mock(AppMentionEvent.class);
        when(event.getChannel()).thenReturn("C0HELP001");
        when(event.getUser()).thenReturn(ALICE);
        when(event.getText()).thenReturn(text);
        when(event.getTs()).thenReturn(ts);
        when(event.getThreadTs()).thenReturn(threadTs);
        return event;
    }
}
