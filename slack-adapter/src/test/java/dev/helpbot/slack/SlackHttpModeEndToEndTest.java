package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.SlackConfig;
import dev.helpbot.core.TestBots;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Bolt behind the HTTP bridge, talking to a fake Slack Web API; all on 127.0.0.1. */
class SlackHttpModeEndToEndTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    private static final String CHANNEL = "C0HELP001";
    private static final String ALICE = "U0ALICE01";
    private static final String BOB = "U0BOB0001";
    private static final long SLACK_ACK_LIMIT_MILLIS = 3_000;

    private FakeSlackApi slack;
    private SlackChannel channel;
    private SignedRequests requests;

    @BeforeEach
    void startBotAgainstFakeSlack() throws Exception {
        slack = new FakeSlackApi();
        SlackSettings settings = LoopbackSettings.of(LoopbackSettings.httpMode("xoxb-dummy", SignedRequests.SIGNING_SECRET, 0),
                slack.apiBaseUrl(), "S0SUPPORT1");
        SlackConfig config = SlackChannel.slackConfigFor(settings);
        config.setProxyUrl(null);
        channel = new SlackChannel(settings, TestBots.channelRuntime(), config);
        channel.start();
        requests = new SignedRequests(channel.httpPort(), settings.httpPath());
    }

    @AfterEach
    void stop() {
        channel.close();
        slack.close();
    }

    @Test
    void start_validToken_checksItWithAuthTestAndIsConnected() {
        assertThat(slack.calls("auth.test")).isNotEmpty();
        assertThat(channel.isConnected()).isTrue();
    }

    @Test
    void slashCommand_signed_acksWithin3SecondsThenStartsThreadWithButtons() throws Exception {
        SignedRequests.Sent ack = requests.send(
                SignedRequests.slashCommand(CHANNEL, ALICE, "", slack.responseUrl("r1"), "trigger-1"), FORM);

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.millis()).isLessThan(SLACK_ACK_LIMIT_MILLIS);
        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", 2);
        FakeSlackApi.Call parent = posts.get(0);
        FakeSlackApi.Call firstReply = posts.get(1);
        assertThat(parent.param("channel")).isEqualTo(CHANNEL);
        assertThat(parent.param("thread_ts")).isNull();
        assertThat(parent.param("text")).contains("<@" + ALICE + ">");
        assertThat(firstReply.param("thread_ts")).isEqualTo("1700000000.000001");
        List<JsonObject> buttons = buttons(firstReply);
        assertThat(buttons).isNotEmpty();
        assertThat(buttons.get(0).get("action_id").getAsString()).isEqualTo("hb_choice_0");
        assertThat(buttons.get(0).get("value").getAsString()).startsWith("hb1|" + ALICE + "|1700000000.000001|");
    }

    @Test
    void blockAction_ownerClicks_acksAndAnswersInTheThread() throws Exception {
        FakeSlackApi.Call firstReply = startConversation(ALICE, "trigger-2");
        JsonObject button = buttons(firstReply).get(0);

        SignedRequests.Sent ack = requests.send(SignedRequests.blockAction(CHANNEL, "1700000000.000001",
                "1700000000.000002", ALICE, button.get("action_id").getAsString(), button.get("value").getAsString(),
                "trigger-3", firstReply.param("blocks")), FORM);

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.millis()).isLessThan(SLACK_ACK_LIMIT_MILLIS);
        FakeSlackApi.Call update = slack.await("chat.update", 1).get(0);
        assertThat(update.param("ts")).isEqualTo("1700000000.000002");
        assertThat(update.param("blocks")).doesNotContain("\"actions\"").contains("You chose: *Start with fix 1*");
        FakeSlackApi.Call answer = slack.await("chat.postMessage", 3).get(2);
        assertThat(answer.param("thread_ts")).isEqualTo("1700000000.000001");
        assertThat(answer.param("text")).contains("Fix 1 of 9");
    }

    @Test
    void blockAction_someoneElseClicks_getsEphemeralRefusalAndConversationDoesNotMove() throws Exception {
        FakeSlackApi.Call firstReply = startConversation(ALICE, "trigger-4");
        JsonObject button = buttons(firstReply).get(0);

        SignedRequests.Sent ack = requests.send(SignedRequests.blockAction(CHANNEL, "1700000000.000001",
                "1700000000.000002", BOB, button.get("action_id").getAsString(), button.get("value").getAsString(),
                "trigger-5"), FORM);

        assertThat(ack.status()).isEqualTo(200);
        FakeSlackApi.Call refusal = slack.await("chat.postEphemeral", 1).get(0);
        assertThat(refusal.param("user")).isEqualTo(BOB);
        assertThat(refusal.param("thread_ts")).isEqualTo("1700000000.000001");
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
        assertThat(slack.calls("chat.update")).isEmpty();
    }

    @Test
    void messageEvent_ownerRepliesInThread_isAnsweredButOthersInThreadAreIgnored() throws Exception {
        startConversation(ALICE, "trigger-6");

        requests.send(SignedRequests.event("Ev0BOB", SignedRequests.message(CHANNEL, "channel", BOB,
                "support here, looking at it", "1700000050.000001", "1700000000.000001")), JSON);
        SignedRequests.Sent ack = requests.send(SignedRequests.event("Ev0ALICE", SignedRequests.message(CHANNEL, "channel",
                ALICE, "it says not enough storage", "1700000051.000001", "1700000000.000001")), JSON);

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.millis()).isLessThan(SLACK_ACK_LIMIT_MILLIS);
        FakeSlackApi.Call answer = slack.await("chat.postMessage", 3).get(2);
        assertThat(answer.param("thread_ts")).isEqualTo("1700000000.000001");
        assertThat(buttons(answer)).allSatisfy(b -> assertThat(b.get("value").getAsString()).contains("|" + ALICE + "|"));
        assertThat(slack.calls("chat.postMessage")).hasSize(3);
    }

    @Test
    void messageEvent_retriedWithSameEventId_getsNoSecondReply() throws Exception {
        String dm = SignedRequests.event("Ev0RETRY", SignedRequests.message("D0ALICE01", "im", ALICE,
                "my backup fails", "1700000060.000001", null));
        requests.send(dm, JSON);
        slack.await("chat.postMessage", 1);

        long now = System.currentTimeMillis() / 1000;
        SignedRequests.Sent retry = requests.send(dm, JSON, Map.of("X-Slack-Request-Timestamp", Long.toString(now),
                "X-Slack-Signature", SignedRequests.sign(dm, now, SignedRequests.SIGNING_SECRET),
                "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        requests.send(SignedRequests.event("Ev0LATER", SignedRequests.message("D0ALICE01", "im", ALICE,
                "still failing", "1700000061.000001", null)), JSON);

        assertThat(retry.status()).isEqualTo(200);
        slack.await("chat.postMessage", 2);
        Thread.sleep(200);
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void messageEvent_pingsTypedByUserAndHandoff_onlyTheSupportGroupIsPingedLive() throws Exception {
        requests.send(SignedRequests.event("Ev0PING", SignedRequests.message("D0ALICE01", "im", ALICE,
                "<!channel> <!here> <@U0BOB0001> <!subteam^S0OTHER01> ```x``` it says not enough storage",
                "1700000080.000001", null)), JSON);
        requests.send(SignedRequests.event("Ev0HUMAN", SignedRequests.message("D0ALICE01", "im", ALICE,
                "I want to talk to a person", "1700000081.000001", null)), JSON);

        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", 3);
        FakeSlackApi.Call summary = posts.get(2);
        assertThat(summary.param("text")).startsWith("<!subteam^S0SUPPORT1>").contains("!channel", "not enough storage");
        assertThat(posts).allSatisfy(post -> assertThat(post.body() + post.param("text") + post.param("blocks"))
                .doesNotContain("<!channel>", "<!here>", "<@U0BOB0001>", "<!subteam^S0OTHER01>", "```"));
    }

    @Test
    void messageEvent_editedMessageSubtype_ackedAndIgnored() throws Exception {
        JsonObject edit = SignedRequests.message("D0ALICE01", "im", ALICE, "edited text", "1700000090.000001", null);
        edit.addProperty("subtype", "message_changed");

        SignedRequests.Sent ack = requests.send(SignedRequests.event("Ev0EDIT", edit), JSON);
        requests.send(SignedRequests.event("Ev0AFTER", SignedRequests.message("D0ALICE01", "im", ALICE,
                "my backup fails", "1700000091.000001", null)), JSON);

        assertThat(ack.status()).isEqualTo(200);
        slack.await("chat.postMessage", 1);
        Thread.sleep(200);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void appMention_inChannel_startsThreadUnderTheMention() throws Exception {
        requests.send(SignedRequests.event("Ev0MENTION", SignedRequests.mention(CHANNEL, ALICE,
                "<@" + FakeSlackApi.BOT_USER_ID + "> my iphone won't back up", "1700000070.000001")), JSON);

        FakeSlackApi.Call answer = slack.await("chat.postMessage", 1).get(0);
        assertThat(answer.param("channel")).isEqualTo(CHANNEL);
        assertThat(answer.param("thread_ts")).isEqualTo("1700000070.000001");
    }

    @Test
    void slashCommandStats_answersPrivately_andOnlyTheSupportGroupCountsAsTeam() throws Exception {
        slack.supportGroupMembers(ALICE);

        requests.send(SignedRequests.slashCommand(CHANNEL, ALICE, "stats", slack.responseUrl("s1"), "trigger-s1"), FORM);
        requests.send(SignedRequests.slashCommand(CHANNEL, BOB, "stats", slack.responseUrl("s2"), "trigger-s2"), FORM);

        List<FakeSlackApi.Call> responses = slack.await("response_url", 2);
        assertThat(responses).allSatisfy(r -> assertThat(r.body()).contains("\"response_type\":\"ephemeral\""));
        assertThat(responses).anySatisfy(r -> assertThat(r.body()).contains("keeps no stats"));
        assertThat(responses).anySatisfy(r -> assertThat(r.body()).contains("Only the team"));
        assertThat(slack.calls("chat.postMessage")).as("stats open no thread").isEmpty();
        assertThat(slack.calls("usergroups.users.list")).allSatisfy(c -> assertThat(c.param("usergroup")).isEqualTo("S0SUPPORT1"));
    }

    @Test
    void slashCommand_botNotInChannel_explainsThroughResponseUrl() throws Exception {
        slack.failPostMessageWith("not_in_channel");

        requests.send(SignedRequests.slashCommand(CHANNEL, ALICE, "", slack.responseUrl("r9"), "trigger-9"), FORM);

        FakeSlackApi.Call response = slack.await("response_url", 1).get(0);
        assertThat(response.body()).contains("\"response_type\":\"ephemeral\"").contains("direct message");
    }

    @Test
    void forgedRequests_wrongSignatureStaleTimestampOrNoHeaders_get401AndNoSlackCall() throws Exception {
        String body = SignedRequests.slashCommand(CHANNEL, ALICE, "", slack.responseUrl("r0"), "trigger-0");
        long now = System.currentTimeMillis() / 1000;
        long sixMinutesAgo = now - 6 * 60;
        int callsBefore = slack.calls().size();

        SignedRequests.Sent wrongSignature = requests.send(body, FORM, Map.of("X-Slack-Request-Timestamp",
                Long.toString(now), "X-Slack-Signature", SignedRequests.sign(body, now, "not-the-secret")));
        SignedRequests.Sent stale = requests.send(body, FORM, Map.of("X-Slack-Request-Timestamp",
                Long.toString(sixMinutesAgo), "X-Slack-Signature",
                SignedRequests.sign(body, sixMinutesAgo, SignedRequests.SIGNING_SECRET)));
        SignedRequests.Sent unsigned = requests.send(body, FORM, Map.of());

        assertThat(List.of(wrongSignature.status(), stale.status(), unsigned.status())).containsOnly(401);
        Thread.sleep(300);
        assertThat(slack.calls()).hasSize(callsBefore);
    }

    @Test
    void urlVerification_signed_echoesTheChallenge() throws Exception {
        SignedRequests.Sent sent = requests.send(
                "{\"token\":\"legacy\",\"challenge\":\"challenge-123\",\"type\":\"url_verification\"}", JSON);

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).isEqualTo("challenge-123");
    }

    /** Runs /backup-help as {@code user} and returns the bot's first reply in the new thread. */
    private FakeSlackApi.Call startConversation(String user, String triggerId) throws Exception {
        requests.send(SignedRequests.slashCommand(CHANNEL, user, "", slack.responseUrl(triggerId), triggerId), FORM);
        return slack.await("chat.postMessage", 2).get(1);
    }

    static List<JsonObject> buttons(FakeSlackApi.Call post) {
        String blocks = post.param("blocks");
        if (blocks == null) {
            return List.of();
        }
        java.util.ArrayList<JsonObject> buttons = new java.util.ArrayList<>();
        for (JsonElement block : JsonParser.parseString(blocks).getAsJsonArray()) {
            if ("actions".equals(block.getAsJsonObject().get("type").getAsString())) {
                JsonArray elements = block.getAsJsonObject().getAsJsonArray("elements");
                elements.forEach(e -> buttons.add(e.getAsJsonObject()));
            }
        }
        return buttons;
    }
}
