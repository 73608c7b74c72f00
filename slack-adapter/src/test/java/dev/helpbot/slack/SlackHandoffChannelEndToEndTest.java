package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.Handoff;
import dev.helpbot.core.channel.SharedDesk;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With {@code handoff_channel_id} set, the summary goes to the staff channel with a permalink to the thread. */
class SlackHandoffChannelEndToEndTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    private static final String CHANNEL = "C0HELP001";
    private static final String DESK = "C0DESK001";
    private static final String ALICE = "U0ALICE01";
    private static final String THREAD_TS = "1700000000.000001";

    private HttpModeBot bot;

    @BeforeEach
    void startBotWithHandoffChannel() throws Exception {
        bot = HttpModeBot.start(settings -> LoopbackSettings.withHandoffChannelId(settings, DESK));
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void humanRequest_inThread_postsSummaryInHandoffChannelWithPingAndPermalinkAndThreadGetsNoPing() throws Exception {
        bot.requests.send(SignedRequests.slashCommand(CHANNEL, ALICE, "", bot.slack.responseUrl("h1"), "trigger-h1"), FORM);
        bot.slack.await("chat.postMessage", 2);

        bot.requests.send(SignedRequests.event("Ev0HUMAN1", SignedRequests.message(CHANNEL, "channel", ALICE,
                "I want to talk to a person", "1700000050.000001", THREAD_TS)), JSON);

        List<FakeSlackApi.Call> posts = bot.slack.await("chat.postMessage", 4);
        FakeSlackApi.Call escalation = posts.get(2);
        FakeSlackApi.Call summary = posts.get(3);
        assertThat(escalation.param("channel")).isEqualTo(CHANNEL);
        assertThat(escalation.param("thread_ts")).isEqualTo(THREAD_TS);
        assertThat(escalation.body()).doesNotContain("subteam");
        assertThat(summary.param("channel")).isEqualTo(DESK);
        assertThat(summary.param("thread_ts")).as("a new message in the staff channel").isNull();
        String permalink = FakeSlackApi.permalink(CHANNEL, THREAD_TS).replace("&", "&amp;");
        assertThat(summary.param("text")).startsWith("<!subteam^" + HttpModeBot.SUPPORT_GROUP + "> Conversation with "
                + ALICE + " in <#" + CHANNEL + "> (<" + permalink + "|open the conversation>)")
                .as("the person is named, not mentioned, so not notified here").doesNotContain("<@" + ALICE + ">");
        FakeSlackApi.Call lookup = bot.slack.await("chat.getPermalink", 1).get(0);
        assertThat(lookup.param("channel")).isEqualTo(CHANNEL);
        assertThat(lookup.param("message_ts")).isEqualTo(THREAD_TS);
        Thread.sleep(200);
        assertThat(bot.slack.calls("chat.postMessage")).as("the summary is not repeated in the thread").hasSize(4);
    }

    @Test
    void humanRequest_inDirectMessage_postsSummaryInHandoffChannelNamingTheUser() throws Exception {
        bot.requests.send(SignedRequests.event("Ev0HUMAN2", SignedRequests.message("D0ALICE01", "im", ALICE,
                "I want to talk to a person", "1700000060.000001", null)), JSON);

        List<FakeSlackApi.Call> posts = bot.slack.await("chat.postMessage", 2);

        assertThat(posts.get(0).param("channel")).isEqualTo("D0ALICE01");
        assertThat(posts.get(0).body()).doesNotContain("subteam");
        assertThat(posts.get(1).param("channel")).isEqualTo(DESK);
        assertThat(posts.get(1).param("text")).startsWith("<!subteam^" + HttpModeBot.SUPPORT_GROUP
                + "> Conversation with " + ALICE + " in a direct message with the bot");
        assertThat(bot.slack.calls("chat.getPermalink")).isEmpty();
    }

    @Test
    void handoffFromAnotherChannel_goesToTheStaffChannelWithPingAndItsFirstLineEscaped() throws Exception {
        SharedDesk desk = bot.channel.sharedDesk().orElseThrow();

        desk.post(new Handoff(Handoff.Reason.REQUESTED, "**Help needed**"), "Web chat. Contact: <!channel>@x.io");

        FakeSlackApi.Call note = bot.slack.await("chat.postMessage", 1).get(0);
        assertThat(note.param("channel")).isEqualTo(DESK);
        assertThat(note.param("text")).startsWith("<!subteam^" + HttpModeBot.SUPPORT_GROUP + "> Web chat. Contact: &lt;!channel&gt;")
                .contains("*Help needed*");
    }

    @Test
    void withoutAHandoffChannel_noDeskForOtherChannels() throws Exception {
        bot.close();
        bot = HttpModeBot.start(settings -> settings);
        assertThat(bot.channel.sharedDesk()).isEmpty();
    }
}
