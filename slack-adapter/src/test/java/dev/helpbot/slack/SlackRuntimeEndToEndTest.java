package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.Conversations;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.DeliveryObserver;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the kit's runtime behaves behind the real Bolt: lanes, the mentions rule, the staff desk's fallback. */
class SlackRuntimeEndToEndTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    private static final String CHANNEL = "C0HELP001";
    private static final String ALICE = "U0ALICE01";
    private static final String BOB = "U0BOB0001";
    private static final String THREAD_TS = "1700000000.000001";

    private final FakeSlackApi slack = newFakeSlack();
    private HttpModeBot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        slack.close();
    }

    @Test
    void regression_commandAndTheMessagesOfItsThread_shareALane_soTheWelcomeIsNeverOvertaken() throws Exception {
        // The command ran on lane channel:user and its thread's messages on channel:thread_ts: an early reply could
        // be answered before the welcome. Here the welcome is held until the reply has arrived.
        CountDownLatch replyArrived = new CountDownLatch(1);
        Conversations conversations = TestBots.conversations();
        Conversations slowWelcome = message -> {
            if (message.command() != null) {
                await(replyArrived);
            }
            return conversations.handle(message);
        };
        bot = HttpModeBot.startOn(slack, ChannelRuntime.of(slowWelcome, ChannelTexts.from(TestBots.content()),
                DeliveryObserver.NONE));

        bot.requests.send(SignedRequests.slashCommand(CHANNEL, ALICE, "", slack.responseUrl("l1"), "trigger-l1"), FORM);
        slack.await("chat.postMessage", 1);
        bot.requests.send(SignedRequests.event("Ev0EARLY", SignedRequests.message(CHANNEL, "channel", ALICE,
                "it says not enough storage", "1700000001.000001", THREAD_TS)), JSON);
        replyArrived.countDown();

        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", 3);
        assertThat(posts.get(1).param("text")).as("the welcome first").startsWith("Hi!");
        assertThat(posts.get(2).param("text")).contains("Fix 4 of 9");
    }

    @Test
    void mentionInSomeoneElsesHelpThread_getsTheNotYoursNoteOnlyThemAndLeavesTheConversation() throws Exception {
        bot = HttpModeBot.startOn(slack, TestBots.channelRuntime());
        bot.requests.send(SignedRequests.slashCommand(CHANNEL, ALICE, "", slack.responseUrl("m1"), "trigger-m1"), FORM);
        slack.await("chat.postMessage", 2);

        com.google.gson.JsonObject mention = SignedRequests.mention(CHANNEL, BOB, "<@" + FakeSlackApi.BOT_USER_ID
                + "> my backup fails too", "1700000002.000001");
        mention.addProperty("thread_ts", THREAD_TS);
        bot.requests.send(SignedRequests.event("Ev0BOBMENTION", mention), JSON);

        FakeSlackApi.Call note = slack.await("chat.postEphemeral", 1).get(0);
        assertThat(note.param("user")).isEqualTo(BOB);
        assertThat(note.param("thread_ts")).isEqualTo(THREAD_TS);
        assertThat(note.param("text")).contains("belongs to someone else");
        assertThat(slack.calls("chat.postMessage")).as("nothing posted in Alice's thread").hasSize(2);
    }

    @Test
    void regression_staffChannelTheBotIsNotIn_theSummaryGoesInThePersonsThread() throws Exception {
        slack.notInChannel("C0DESK001");
        bot = HttpModeBot.startOn(slack, TestBots.channelRuntime(), settings -> LoopbackSettings.withHandoffChannelId(settings, "C0DESK001"));
        bot.requests.send(SignedRequests.slashCommand(CHANNEL, ALICE, "", slack.responseUrl("h1"), "trigger-h1"), FORM);
        slack.await("chat.postMessage", 2);

        bot.requests.send(SignedRequests.event("Ev0HUMAN", SignedRequests.message(CHANNEL, "channel", ALICE,
                "I want to talk to a person", "1700000003.000001", THREAD_TS)), JSON);

        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", 5);
        assertThat(posts.get(3).param("channel")).as("the refused try").isEqualTo("C0DESK001");
        assertThat(posts.get(4).param("channel")).isEqualTo(CHANNEL);
        assertThat(posts.get(4).param("thread_ts")).isEqualTo(THREAD_TS);
        assertThat(posts.get(4).param("text")).startsWith("<!subteam^" + HttpModeBot.SUPPORT_GROUP + ">");
    }

    private static FakeSlackApi newFakeSlack() {
        try {
            return new FakeSlackApi();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
