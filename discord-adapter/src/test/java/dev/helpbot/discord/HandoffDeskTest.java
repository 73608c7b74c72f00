package dev.helpbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.helpbot.core.Handoff;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class HandoffDeskTest {

    private static final Handoff HANDOFF = new Handoff(Handoff.Reason.REQUESTED, "**Help needed**");

    private final DiscordReplyWriter writer = new DiscordReplyWriter("5000");

    @Test
    void header_threadOrDirectMessage_linksTheThreadOrSaysItIsADm() {
        ThreadChannel thread = mock(ThreadChannel.class);
        when(thread.getId()).thenReturn("7001");

        assertThat(HandoffDesk.header("4000", thread)).isEqualTo("Conversation with <@4000> in <#7001>");
        assertThat(HandoffDesk.header("4000", mock(PrivateChannel.class)))
                .isEqualTo("Conversation with <@4000> in a direct message with the bot");
    }

    @Test
    void post_handoffChannelTheBotCannotSee_postsInTheConversationAsWithoutOne() {
        JDA jda = mock(JDA.class);
        ReplyTarget target = targetIn(jda);

        assertThat(new HandoffDesk(writer, "3001").post(HANDOFF, "4000", target)).hasSize(1);

        assertPostedInConversation(target);
    }

    @Test
    void post_handoffChannelTheBotMayNotPostIn_postsInTheConversationRatherThanLoseTheReply() {
        JDA jda = mock(JDA.class);
        TextChannel desk = mock(TextChannel.class);
        when(desk.canTalk()).thenReturn(false);
        when(jda.getChannelById(GuildMessageChannel.class, "3001")).thenReturn(desk);
        ReplyTarget target = targetIn(jda);

        assertThat(new HandoffDesk(writer, "3001").post(HANDOFF, "4000", target)).hasSize(1);

        assertPostedInConversation(target);
        verify(desk, never()).sendMessage(any(MessageCreateData.class));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ReplyTarget targetIn(JDA jda) {
        ThreadChannel thread = mock(ThreadChannel.class);
        when(thread.getJDA()).thenReturn(jda);
        ReplyTarget target = mock(ReplyTarget.class);
        when(target.conversationChannel()).thenReturn(thread);
        when(target.canPingRoles()).thenReturn(true);
        when(target.postForStaff(any())).thenReturn((RestAction) mock(RestAction.class));
        return target;
    }

    private static void assertPostedInConversation(ReplyTarget target) {
        ArgumentCaptor<MessageCreateData> note = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(target).postForStaff(note.capture());
        assertThat(note.getValue().getContent()).isEqualTo("<@&5000> **Help needed**");
    }
}
