package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.channel.HandoffWebhook;
import dev.helpbot.core.testing.WebhookReceiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The support team's side in HTTP mode against the fake Web API, with the hand-over webhook going to a local receiver
 * that checks every signature: {@code /backup-help talk to a person}, the note with its transcript and buttons in the
 * staff channel, a press by someone outside the support group, a claim and a solve by a member.
 */
class SlackSupportTeamEndToEndTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String CHANNEL = "C0HELP001";
    private static final String DESK = "C0DESK001";
    private static final String ALICE = "U0ALICE01";
    private static final String STAFF = "U0STAFF01";
    private static final String OTHER = "U0OTHER01";
    private static final String THREAD_TS = "1700000000.000001";
    private static final String SECRET = "whsec-slack-test-not-real";

    private FakeSlackApi slack;
    private WebhookReceiver receiver;
    private HandoffWebhook webhook;
    private HttpModeBot bot;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlackApi();
        slack.supportGroupMembers(STAFF);
        receiver = new WebhookReceiver(SECRET);
        webhook = new HandoffWebhook(receiver.url(), SECRET);
        bot = HttpModeBot.startOn(slack, TestBots.channelRuntime().withHandoffs(webhook, Duration.ZERO),
                settings -> LoopbackSettings.withHandoffChannelId(settings, DESK));
    }

    @AfterEach
    void stop() {
        bot.close();
        webhook.close();
        receiver.close();
        slack.close();
    }

    @Test
    void talkToAPerson_postsTheNoteWithTranscriptAndButtons_andASignedCreatedCall() throws Exception {
        FakeSlackApi.Call note = handOver();

        assertThat(note.param("text")).startsWith("<!subteam^" + HttpModeBot.SUPPORT_GROUP + "> Conversation with " + ALICE)
                .contains("Last messages:").contains("“/backup-help talk to a person” → handed over to the team");
        assertThat(buttons(note)).extracting(button -> button.getAsJsonObject("text").get("text").getAsString())
                .containsExactly("Claim", "Solved", "Back to the bot");
        assertThat(buttons(note).get(0).get("value").getAsString()).startsWith("hb1|" + ALICE + "|main|staff:claim:");
        WebhookReceiver.Call created = receiver.await(1).get(0);
        assertThat(created.verified()).isTrue();
        assertThat(created.verifiesWith("some-other-secret")).as("a wrong secret fails verification").isFalse();
        assertThat(created.event()).isEqualTo("handoff.created");
        assertThat(created.json().get("platform").asText()).isEqualTo("slack");
        assertThat(created.json().get("reason").asText()).isEqualTo("requested");
        assertThat(created.json().get("link").asText()).isEqualTo(FakeSlackApi.permalink(CHANNEL, THREAD_TS));
        assertThat(created.json().get("transcript").get(0).asText()).contains("talk to a person");
        assertThat(created.json().get("claimed_by").isNull()).isTrue();
    }

    @Test
    void claimByOutsider_isRefusedPrivately_thenAMemberClaimsAndSolves_andTheWebhookHearsItAllInOrder() throws Exception {
        FakeSlackApi.Call note = handOver();
        receiver.await(1);
        String noteTs = "1700000000.000003";
        List<JsonObject> buttons = buttons(note);

        press(OTHER, buttons.get(0), noteTs, note, "t-outsider");
        FakeSlackApi.Call refusal = slack.await("chat.postEphemeral", 1).get(0);
        assertThat(refusal.param("user")).isEqualTo(OTHER);
        assertThat(refusal.param("text")).isEqualTo("Only the support team can use these buttons.");
        Thread.sleep(300);
        assertThat(slack.calls("chat.update")).as("no edit").isEmpty();
        assertThat(receiver.calls()).as("no webhook").hasSize(1);

        press(STAFF, buttons.get(0), noteTs, note, "t-claim");
        FakeSlackApi.Call claimed = slack.await("chat.update", 1).get(0);
        assertThat(claimed.param("channel")).isEqualTo(DESK);
        assertThat(claimed.param("ts")).isEqualTo(noteTs);
        assertThat(claimed.param("blocks")).contains("*Claimed* by name-of-u0staff01");
        List<JsonObject> left = actionButtons(claimed.param("blocks"));
        assertThat(left).extracting(b -> b.getAsJsonObject("text").get("text").getAsString())
                .containsExactly("Solved", "Back to the bot");
        FakeSlackApi.Call told = slack.await("chat.postMessage", 4).get(3);
        assertThat(told.param("channel")).isEqualTo(CHANNEL);
        assertThat(told.param("thread_ts")).isEqualTo(THREAD_TS);
        assertThat(told.param("text")).contains("name-of-u0staff01 from the support team has picked this up");

        JsonObject solve = left.get(0);
        FakeSlackApi.Call updatedNote = new FakeSlackApi.Call("chat.postMessage", java.util.Map.of("blocks",
                claimed.param("blocks")), "");
        press(STAFF, solve, noteTs, updatedNote, "t-solve");
        FakeSlackApi.Call solved = slack.await("chat.update", 2).get(1);
        assertThat(solved.param("blocks")).contains("*Solved* by name-of-u0staff01");
        assertThat(actionButtons(solved.param("blocks"))).as("no buttons left").isEmpty();
        assertThat(slack.await("chat.postMessage", 5).get(4).param("text")).contains("marked this as solved");

        List<WebhookReceiver.Call> calls = receiver.await(3);
        assertThat(calls).extracting(WebhookReceiver.Call::event)
                .containsExactly("handoff.created", "handoff.claimed", "handoff.solved");
        assertThat(calls).allSatisfy(call -> assertThat(call.verified()).as("signature").isTrue());
        assertThat(calls.get(1).json().get("claimed_by").asText()).isEqualTo("name-of-u0staff01");
        assertThat(calls).extracting(call -> call.json().get("id").asText()).containsOnly(calls.get(0).json().get("id").asText());
        Thread.sleep(200);
        assertThat(slack.calls("chat.postMessage")).as("no second note, no new ping in the staff channel")
                .filteredOn(call -> DESK.equals(call.param("channel"))).hasSize(1);
    }

    /** {@code /backup-help talk to a person}: the thread parent, the answer in it, and the note in the staff channel. */
    private FakeSlackApi.Call handOver() throws Exception {
        bot.requests.send(SignedRequests.slashCommand(CHANNEL, ALICE, "talk to a person", slack.responseUrl("r1"),
                "trigger-1"), FORM);
        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", 3);
        assertThat(posts.get(1).param("thread_ts")).isEqualTo(THREAD_TS);
        assertThat(posts.get(2).param("channel")).isEqualTo(DESK);
        return posts.get(2);
    }

    private void press(String who, JsonObject button, String noteTs, FakeSlackApi.Call note, String trigger)
            throws Exception {
        bot.requests.send(SignedRequests.blockAction(DESK, null, noteTs, who, button.get("action_id").getAsString(),
                button.get("value").getAsString(), trigger, note.param("blocks")), FORM);
    }

    private static List<JsonObject> buttons(FakeSlackApi.Call post) {
        return actionButtons(post.param("blocks"));
    }

    private static List<JsonObject> actionButtons(String blocksJson) {
        List<JsonObject> buttons = new ArrayList<>();
        for (JsonElement block : JsonParser.parseString(Optional.ofNullable(blocksJson).orElse("[]")).getAsJsonArray()) {
            if ("actions".equals(block.getAsJsonObject().get("type").getAsString())) {
                JsonArray elements = block.getAsJsonObject().getAsJsonArray("elements");
                elements.forEach(element -> buttons.add(element.getAsJsonObject()));
            }
        }
        return buttons;
    }
}
