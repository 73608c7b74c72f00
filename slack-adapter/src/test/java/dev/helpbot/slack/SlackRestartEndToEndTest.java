package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.core.TestBots;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A restart forgets who owns which thread; the owner's next plain reply must still be answered. Two real
 * Bolt apps in HTTP mode share one fake Slack and one engine (the sessions a restart keeps in Redis).
 */
class SlackRestartEndToEndTest {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String CHANNEL = "C0HELP001";
    private static final String ALICE = "U0ALICE01";
    private static final String BOB = "U0BOB0001";
    private static final String PARENT_TEXT = "<@" + ALICE + "> is getting help with an iPhone that stopped backing up"
            + " to iCloud. Follow along in this thread.";

    private final ChannelRuntime engine = TestBots.channelRuntime();
    private FakeSlackApi slack;
    private HttpModeBot restarted;

    @BeforeEach
    void startFakeSlack() throws Exception {
        slack = new FakeSlackApi();
    }

    @AfterEach
    void stop() {
        if (restarted != null) {
            restarted.close();
        }
        slack.close();
    }

    @Test
    void threadReply_afterRestart_ownerIsReadFromParentMetadataOnceAndOthersStayIgnored() throws Exception {
        String threadTs = startConversationThenRestart();

        restarted.requests.send(reply("Ev0BOB1", BOB, "support here, looking at it", "1700000050.000001", threadTs), JSON);
        restarted.requests.send(reply("Ev0ALICE1", ALICE, "it says not enough storage", "1700000051.000001", threadTs), JSON);
        restarted.requests.send(reply("Ev0ALICE2", ALICE, "still not enough storage", "1700000052.000001", threadTs), JSON);

        List<FakeSlackApi.Call> answers = slack.await("chat.postMessage", 4);
        assertThat(answers.subList(2, 4)).allSatisfy(answer -> {
            assertThat(answer.param("thread_ts")).isEqualTo(threadTs);
            assertThat(SlackHttpModeEndToEndTest.buttons(answer))
                    .allSatisfy(b -> assertThat(b.get("value").getAsString()).contains("|" + ALICE + "|"));
        });
        Thread.sleep(200);
        assertThat(slack.calls("chat.postMessage")).as("Bob's reply is not answered").hasSize(4);
        List<FakeSlackApi.Call> lookups = slack.calls("conversations.replies");
        assertThat(lookups).as("one lookup for the thread").hasSize(1);
        assertThat(lookups.get(0).params()).containsEntry("channel", CHANNEL).containsEntry("ts", threadTs)
                .containsEntry("limit", "1").containsEntry("include_all_metadata", "1");
    }

    @Test
    void threadReply_parentTextNamesNobody_ownerIsReadFromTheMetadata() throws Exception {
        slack.addMessage(CHANNEL, "1690000000.000003", FakeSlackApi.BOT_USER_ID, FakeSlackApi.BOT_ID,
                "Someone is getting help here.", metadata(ALICE));
        restarted = HttpModeBot.startOn(slack, engine);

        restarted.requests.send(reply("Ev0ALICE6", ALICE, "it says not enough storage", "1700000080.000001",
                "1690000000.000003"), JSON);

        FakeSlackApi.Call answer = slack.await("chat.postMessage", 1).get(0);
        assertThat(answer.param("thread_ts")).isEqualTo("1690000000.000003");
    }

    @Test
    void threadReply_parentPostedBeforeMetadata_ownerIsReadFromTheParentText() throws Exception {
        slack.addMessage(CHANNEL, "1690000000.000001", FakeSlackApi.BOT_USER_ID, FakeSlackApi.BOT_ID, PARENT_TEXT, null);
        restarted = HttpModeBot.startOn(slack, engine);

        restarted.requests.send(reply("Ev0BOB2", BOB, "any luck?", "1700000060.000001", "1690000000.000001"), JSON);
        restarted.requests.send(reply("Ev0ALICE3", ALICE, "it says not enough storage", "1700000061.000001",
                "1690000000.000001"), JSON);

        FakeSlackApi.Call answer = slack.await("chat.postMessage", 1).get(0);
        assertThat(answer.param("thread_ts")).isEqualTo("1690000000.000001");
        Thread.sleep(200);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(slack.calls("conversations.replies")).hasSize(1);
    }

    @Test
    void threadReply_parentLooksLikeOursButWasPostedByAPerson_ignoredAndAskedOnce() throws Exception {
        JsonObject forged = metadata(ALICE);
        slack.addMessage(CHANNEL, "1690000000.000002", BOB, null, PARENT_TEXT, forged);
        restarted = HttpModeBot.startOn(slack, engine);

        restarted.requests.send(reply("Ev0ALICE4", ALICE, "it says not enough storage", "1700000070.000001",
                "1690000000.000002"), JSON);
        restarted.requests.send(reply("Ev0ALICE5", ALICE, "hello?", "1700000071.000001", "1690000000.000002"), JSON);

        slack.await("conversations.replies", 1);
        Thread.sleep(300);
        assertThat(slack.calls("chat.postMessage")).isEmpty();
        assertThat(slack.calls("conversations.replies")).hasSize(1);
    }

    @Test
    void mentionInSomeoneElsesThread_afterRestart_doesNotTakeTheThreadOver() throws Exception {
        String threadTs = startConversationThenRestart();
        JsonObject mention = SignedRequests.mention(CHANNEL, BOB, "<@" + FakeSlackApi.BOT_USER_ID + "> me too",
                "1700000090.000001");
        mention.addProperty("thread_ts", threadTs);

        restarted.requests.send(SignedRequests.event("Ev0BOB3", mention), JSON);
        restarted.requests.send(reply("Ev0ALICE7", ALICE, "it says not enough storage", "1700000091.000001", threadTs), JSON);

        FakeSlackApi.Call answer = slack.await("chat.postMessage", 3).get(2);
        assertThat(SlackHttpModeEndToEndTest.buttons(answer))
                .allSatisfy(b -> assertThat(b.get("value").getAsString()).contains("|" + ALICE + "|"));
        Thread.sleep(200);
        assertThat(slack.calls("chat.postMessage")).as("Bob's mention is not answered").hasSize(3);
    }

    /** Alice runs the command on a first bot, which then stops; returns her thread's ts. */
    private String startConversationThenRestart() throws Exception {
        try (HttpModeBot first = HttpModeBot.startOn(slack, engine)) {
            first.requests.send(SignedRequests.slashCommand(CHANNEL, ALICE, "", slack.responseUrl("r1"), "trigger-1"), FORM);
            FakeSlackApi.Call parent = slack.await("chat.postMessage", 2).get(0);
            assertThat(JsonParser.parseString(parent.param("metadata"))).isEqualTo(metadata(ALICE));
        }
        restarted = HttpModeBot.startOn(slack, engine);
        return "1700000000.000001";
    }

    private static JsonObject metadata(String owner) {
        JsonObject payload = new JsonObject();
        payload.addProperty("owner", owner);
        JsonObject metadata = new JsonObject();
        metadata.addProperty("event_type", "helpbot_conversation");
        metadata.add("event_payload", payload);
        return metadata;
    }

    private static String reply(String eventId, String user, String text, String ts, String threadTs) {
        return SignedRequests.event(eventId, SignedRequests.message(CHANNEL, "channel", user, text, ts, threadTs));
    }
}
