package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Conversations;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.Reply;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** The handlers' decisions, with the engine and the Web API mocked. */
class SlackConversationsTest {

    private static final String ALICE = "U0ALICE01";
    private static final String BOB = "U0BOB0001";
    private static final Reply SILENT = new Reply("", List.of(), ConversationStatus.ESCALATED, null, null, 1.0, Optional.empty());

    private final Conversations engine = mock(Conversations.class);
    private final SlackPoster poster = mock(SlackPoster.class);
    private final OrderedWorkers workers = new OrderedWorkers(1);
    private final SlackConversations conversations = new SlackConversations(engine, poster, workers,
            SlackSettings.socketMode("xoxb-dummy", "xapp-dummy").withSupportUserGroupId("S0SUPPORT1"));

    @AfterEach
    void stopWorkers() {
        workers.close();
    }

    @Test
    void onChoice_clickOnSomeoneElsesConversation_refusedEphemerallyAndEngineNeverAsked() throws Exception {
        Response ack = conversations.onChoice(click(BOB, new ChoiceValue(ALICE, "1700000000.000001", "worked:4")), actionContext());

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(poster, timeout(2_000)).postEphemeral(eq(new SlackThread("C0HELP001", "1700000000.000001")), eq(BOB),
                anyString());
        verify(engine, never()).handle(any());
        verify(poster, never()).post(any(), any());
    }

    @Test
    void onMessage_engineStaysSilent_nothingIsPosted() throws Exception {
        when(engine.handle(any())).thenReturn(SILENT);

        conversations.onMessage(directMessage("Ev1", "hello?"), eventContext());

        verify(engine, timeout(2_000)).handle(any());
        verify(poster, after(200).never()).post(any(), any());
    }

    @Test
    void onMessage_handoff_replyThenSummaryPingingTheUserGroup() throws Exception {
        Reply handingOver = new Reply("A person will reply here.", List.of(), ConversationStatus.ESCALATED, null, "human",
                0.9, Optional.of(new Handoff(Handoff.Reason.REQUESTED, "**iCloud backup help needed**")));
        when(engine.handle(any())).thenReturn(handingOver);

        conversations.onMessage(directMessage("Ev2", "talk to a person"), eventContext());

        ArgumentCaptor<SlackMessage> posted = ArgumentCaptor.forClass(SlackMessage.class);
        verify(poster, timeout(2_000).times(2)).post(eq(new SlackThread("D0ALICE01", null)), posted.capture());
        assertThat(posted.getAllValues().get(0).text()).isEqualTo("A person will reply here.");
        assertThat(posted.getAllValues().get(1).text()).isEqualTo("<!subteam^S0SUPPORT1> *iCloud backup help needed*");
    }

    @Test
    void onMessage_sameEventIdTwice_answeredOnce() throws Exception {
        when(engine.handle(any())).thenReturn(SILENT);

        conversations.onMessage(directMessage("Ev3", "my backup fails"), eventContext());
        conversations.onMessage(directMessage("Ev3", "my backup fails"), eventContext());

        verify(engine, after(300).times(1)).handle(any());
    }

    @Test
    void onMessage_threadReplyInAThreadWeDoNotRun_ignored() throws Exception {
        MessageEvent event = mock(MessageEvent.class);
        when(event.getChannel()).thenReturn("C0HELP001");
        when(event.getChannelType()).thenReturn("channel");
        when(event.getUser()).thenReturn(ALICE);
        when(event.getText()).thenReturn("my backup fails");
        when(event.getThreadTs()).thenReturn("1600000000.000001");

        conversations.onMessage(payload("Ev4", event), eventContext());

        verify(engine, after(300).never()).handle(any());
    }

    @Test
    void onCommand_deliveredTwice_startsOneThreadAndAnswersInIt() throws Exception {
        when(poster.post(any(), any())).thenReturn("1700000000.000001");
        when(engine.handle(any())).thenReturn(new Reply("Hi!", List.of(), ConversationStatus.IDLE, null, null, 1.0,
                Optional.empty()));
        SlashCommandRequest request = command("trigger-1");

        conversations.onCommand(request, commandContext());
        conversations.onCommand(request, commandContext());

        InOrder order = inOrder(poster);
        order.verify(poster, timeout(2_000)).post(eq(new SlackThread("C0HELP001", null)), any());
        order.verify(poster, timeout(2_000)).post(eq(new SlackThread("C0HELP001", "1700000000.000001")), any());
        verify(engine, after(200).times(1)).handle(any());
    }

    private static BlockActionRequest click(String clicker, ChoiceValue value) {
        BlockActionPayload payload = new BlockActionPayload();
        BlockActionPayload.User user = new BlockActionPayload.User();
        user.setId(clicker);
        BlockActionPayload.Container container = new BlockActionPayload.Container();
        container.setChannelId("C0HELP001");
        container.setMessageTs("1700000000.000002");
        BlockActionPayload.Action action = new BlockActionPayload.Action();
        action.setActionId("hb_choice_0");
        action.setValue(value.encode());
        payload.setUser(user);
        payload.setContainer(container);
        payload.setActions(List.of(action));
        payload.setTriggerId("trigger-click");
        BlockActionRequest request = mock(BlockActionRequest.class);
        when(request.getPayload()).thenReturn(payload);
        return request;
    }

    private static SlashCommandRequest command(String triggerId) {
        SlashCommandPayload payload = new SlashCommandPayload();
        payload.setTeamId("T0TEST01");
        payload.setChannelId("C0HELP001");
        payload.setUserId(ALICE);
        payload.setCommand("/backup-help");
        payload.setText("");
        payload.setTriggerId(triggerId);
        SlashCommandRequest request = mock(SlashCommandRequest.class);
        when(request.getPayload()).thenReturn(payload);
        return request;
    }

    private static EventsApiPayload<MessageEvent> directMessage(String eventId, String text) {
        MessageEvent event = mock(MessageEvent.class);
        when(event.getChannel()).thenReturn("D0ALICE01");
        when(event.getChannelType()).thenReturn("im");
        when(event.getUser()).thenReturn(ALICE);
        when(event.getText()).thenReturn(text);
        return payload(eventId, event);
    }

    @SuppressWarnings("unchecked")
    private static EventsApiPayload<MessageEvent> payload(String eventId, MessageEvent event) {
        EventsApiPayload<MessageEvent> payload = mock(EventsApiPayload.class);
        when(payload.getEventId()).thenReturn(eventId);
        when(payload.getTeamId()).thenReturn("T0TEST01");
        when(payload.getEvent()).thenReturn(event);
        return payload;
    }

    private static EventContext eventContext() {
        EventContext ctx = mock(EventContext.class);
        when(ctx.getBotUserId()).thenReturn("UBOT0001");
        when(ctx.ack()).thenReturn(Response.ok());
        return ctx;
    }

    private static ActionContext actionContext() {
        ActionContext ctx = mock(ActionContext.class);
        when(ctx.ack()).thenReturn(Response.ok());
        return ctx;
    }

    private static SlashCommandContext commandContext() {
        SlashCommandContext ctx = mock(SlashCommandContext.class);
        when(ctx.ack()).thenReturn(Response.ok());
        return ctx;
    }
}
