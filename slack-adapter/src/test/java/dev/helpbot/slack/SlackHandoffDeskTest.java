package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.helpbot.core.Handoff;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Where the summary goes, and what the link back says when Slack has no usable permalink. */
class SlackHandoffDeskTest {

    private static final Handoff HANDOFF = new Handoff(Handoff.Reason.REQUESTED, "**Help needed**");
    private static final SlackThread THREAD = new SlackThread("C0HELP001", "1700000000.000001");

    private final SlackPoster poster = mock(SlackPoster.class);
    private final SlackReplyWriter writer = new SlackReplyWriter(Optional.of("S0SUPPORT1"));

    @Test
    void post_noHandoffChannel_postsInTheThread() throws Exception {
        new SlackHandoffDesk(poster, writer, null).post(HANDOFF, THREAD, "U0ALICE01");

        SlackMessage summary = posted(THREAD);
        assertThat(summary.text()).startsWith("<!subteam^S0SUPPORT1> *Help needed*");
    }

    @Test
    void post_permalinkFails_namesTheChannelAndThreadInstead() throws Exception {
        when(poster.permalink(anyString(), anyString())).thenThrow(new SlackPoster.SlackCallFailed("chat.getPermalink",
                "message_not_found"));

        new SlackHandoffDesk(poster, writer, "C0DESK001").post(HANDOFF, THREAD, "U0ALICE01");

        assertThat(posted(new SlackThread("C0DESK001", null)).text())
                .startsWith("<!subteam^S0SUPPORT1> In a thread in <#C0HELP001> started at 1700000000.000001\n");
    }

    @Test
    void post_permalinkThatCouldBreakTheLink_isNotUsed() throws Exception {
        when(poster.permalink(anyString(), anyString())).thenReturn("https://evil.example/|<!channel>");

        new SlackHandoffDesk(poster, writer, "C0DESK001").post(HANDOFF, THREAD, "U0ALICE01");

        assertThat(posted(new SlackThread("C0DESK001", null)).text()).doesNotContain("evil", "<!channel>")
                .contains("In a thread in <#C0HELP001>");
    }

    @Test
    void post_botNotInHandoffChannel_postsTheSummaryInTheThreadInstead() throws Exception {
        SlackThread desk = new SlackThread("C0DESK001", null);
        when(poster.permalink(anyString(), anyString())).thenReturn("https://x.slack.com/archives/C0HELP001/p1");
        when(poster.post(org.mockito.ArgumentMatchers.eq(desk), org.mockito.ArgumentMatchers.any()))
                .thenThrow(new SlackPoster.SlackCallFailed("chat.postMessage", "not_in_channel"));

        new SlackHandoffDesk(poster, writer, "C0DESK001").post(HANDOFF, THREAD, "U0ALICE01");

        assertThat(posted(THREAD).text()).startsWith("<!subteam^S0SUPPORT1> *Help needed*");
    }

    private SlackMessage posted(SlackThread where) throws Exception {
        ArgumentCaptor<SlackMessage> message = ArgumentCaptor.forClass(SlackMessage.class);
        verify(poster).post(org.mockito.ArgumentMatchers.eq(where), message.capture());
        return message.getValue();
    }
}
