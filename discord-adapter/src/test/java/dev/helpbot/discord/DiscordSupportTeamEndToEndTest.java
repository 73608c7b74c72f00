package dev.helpbot.discord;

import static dev.helpbot.discord.DiscordRequests.assertNoPings;
import static dev.helpbot.discord.DiscordRequests.content;
import static dev.helpbot.discord.DiscordRequests.customIds;
import static dev.helpbot.discord.fake.DiscordPayloads.BOT_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.FORUM_CHANNEL_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.GUILD_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.HANDOFF_CHANNEL_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.NEEDS_STAFF_TAG_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.SUPPORT_ROLE_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.TEXT_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import dev.helpbot.core.channel.HandoffWebhook;
import dev.helpbot.core.channel.HelpForums;
import dev.helpbot.core.testing.WebhookReceiver;
import dev.helpbot.discord.fake.FakeDiscord;
import dev.helpbot.discord.fake.FakeDiscordRest;
import dev.helpbot.discord.fake.FakeDiscordRest.Call;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The support team's side on the fake Discord, with the hand-over webhook going to a local receiver that checks every
 * signature: the note in the staff channel with its transcript and buttons, a press by a member without the support
 * role (refused privately: no edit, no webhook), a claim and a solve by one with it, and a help forum's post answered
 * in place and tagged "Needs staff" once handed over.
 */
@Timeout(60)
class DiscordSupportTeamEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SECRET = "whsec-discord-test-not-real";

    private FakeDiscord discord;
    private FakeDiscordRest rest;
    private WebhookReceiver receiver;
    private HandoffWebhook webhook;
    private DiscordChannel channel;

    @BeforeEach
    void start() throws Exception {
        discord = FakeDiscord.start();
        rest = discord.rest();
        receiver = new WebhookReceiver(SECRET);
        webhook = new HandoffWebhook(receiver.url(), SECRET);
        DiscordSettings settings = TestSettings.withForums(TestSettings.withHandoffChannelId(discord.settings(), HANDOFF_CHANNEL_ID), new HelpForums(List.of(FORUM_CHANNEL_ID), "Solved", "Needs staff", Duration.ZERO));
        channel = new DiscordChannel(settings, TestBots.channelRuntime().withHandoffs(webhook, Duration.ZERO));
        channel.start();
    }

    @AfterEach
    void stop() throws Exception {
        channel.close();
        webhook.close();
        receiver.close();
        discord.close();
    }

    @Test
    void handoff_refusedPressByOutsider_claimAndSolveByStaff_webhookCallsInOrderAndSigned() throws Exception {
        String user = "4960";
        discord.runSlashCommand("token-t1", user, "ana");
        rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages/\\d+/threads", WAIT);
        String threadId = rest.lastThreadId();
        rest.await("POST", inChannel(threadId), WAIT);
        discord.say(threadId, user, "ana", "i want to talk to a human");
        rest.await("POST", inChannel(threadId), WAIT);

        Call note = rest.await("POST", inChannel(HANDOFF_CHANNEL_ID), WAIT);
        assertThat(content(note)).startsWith("<@&" + SUPPORT_ROLE_ID + "> Conversation with <@" + user + ">")
                .contains("Last messages:").contains("“i want to talk to a human” → handed over to the team");
        List<String> buttons = customIds(note);
        assertThat(buttons).hasSize(3).allMatch(id -> id.startsWith("hb1|" + user + "|-|staff:"));
        assertThat(buttons.get(0)).contains("staff:claim:");
        WebhookReceiver.Call created = receiver.await(1).get(0);
        assertThat(created.event()).isEqualTo("handoff.created");
        assertThat(created.verified()).isTrue();
        assertThat(created.verifiesWith("not-the-secret")).as("a wrong secret fails verification").isFalse();
        assertThat(created.json().get("platform").asText()).isEqualTo("discord");
        assertThat(created.json().get("reason").asText()).isEqualTo("requested");
        assertThat(created.json().get("link").asText()).isEqualTo("https://discord.com/channels/" + GUILD_ID + "/" + threadId);

        discord.clickButton("token-t2", HANDOFF_CHANNEL_ID, "4961", "outsider", List.of(), note.body(), buttons.get(0));
        Call refusal = rest.await("POST", "webhooks/" + BOT_ID + "/token-t2", WAIT);
        assertThat(content(refusal)).isEqualTo("Only the support team can use these buttons.");
        assertThat(refusal.body().getInt("flags") & 64).as("ephemeral").isEqualTo(64);
        Thread.sleep(300);
        assertThat(rest.unclaimed(call -> call.path().contains("token-t2/messages/@original"))).as("no edit").isEmpty();
        assertThat(receiver.calls()).as("no webhook call").hasSize(1);

        discord.clickButton("token-t3", HANDOFF_CHANNEL_ID, "4962", "sam", List.of(SUPPORT_ROLE_ID), note.body(),
                buttons.get(0));
        Call claimed = rest.await("PATCH", "webhooks/" + BOT_ID + "/token-t3/messages/@original", WAIT);
        assertThat(content(claimed)).startsWith("<@&" + SUPPORT_ROLE_ID + "> Conversation with").endsWith("**Claimed** by sam");
        assertNoPings(claimed);
        List<String> left = customIds(claimed);
        assertThat(left).hasSize(2).allMatch(id -> id.contains("staff:solve:") || id.contains("staff:return:"));
        assertThat(content(rest.await("POST", inChannel(threadId), WAIT))).contains("sam from the support team has picked this up");

        discord.clickButton("token-t4", HANDOFF_CHANNEL_ID, "4962", "sam", List.of(SUPPORT_ROLE_ID), claimed.body(),
                left.get(0));
        Call solved = rest.await("PATCH", "webhooks/" + BOT_ID + "/token-t4/messages/@original", WAIT);
        assertThat(content(solved)).endsWith("**Solved** by sam");
        assertThat(customIds(solved)).as("no buttons left").isEmpty();
        assertThat(content(rest.await("POST", inChannel(threadId), WAIT))).contains("marked this as solved");

        List<WebhookReceiver.Call> calls = receiver.await(3);
        assertThat(calls).extracting(WebhookReceiver.Call::event)
                .containsExactly("handoff.created", "handoff.claimed", "handoff.solved");
        assertThat(calls).allSatisfy(call -> assertThat(call.verified()).as("signature of " + call.body()).isTrue());
        assertThat(calls.get(1).json().get("claimed_by").asText()).isEqualTo("sam");
        assertThat(calls).extracting(call -> call.json().get("id").asText()).containsOnly(created.json().get("id").asText());
        Thread.sleep(200);
        assertThat(rest.unclaimed(call -> call.method().equals("POST") && call.path().equals(inChannel(HANDOFF_CHANNEL_ID))))
                .as("no second note, no new ping").isEmpty();
    }

    @Test
    void forumPost_isAnsweredInThePost_andTaggedNeedsStaffOnHandoff() throws Exception {
        String post = discord.openForumPost("4970", "lee", "Backup won't finish", "i want to talk to a person");

        Call answer = rest.await("POST", inChannel(post), WAIT);
        assertNoPings(answer);
        Call note = rest.await("POST", inChannel(HANDOFF_CHANNEL_ID), WAIT);
        assertThat(content(note)).contains("<#" + post + ">");
        Call tagged = rest.await("PATCH", "channels/" + post, WAIT);
        assertThat(tagged.body().getArray("applied_tags").toList()).extracting(String::valueOf).containsExactly(NEEDS_STAFF_TAG_ID);
        assertThat(rest.unclaimed(call -> call.path().matches("channels/\\d+/messages/\\d+/threads")))
                .as("no thread opened: the post is the conversation").isEmpty();
    }

    @Test
    void forumPost_notAboutBackups_getsOneShortReply_andNoConversation() throws Exception {
        String post = discord.openForumPost("4980", "max", "Recipe ideas", "what should i cook for dinner tonight");

        Call answer = rest.await("POST", inChannel(post), WAIT);
        assertThat(content(answer)).isEqualTo("I only help with iPhones that won't back up to iCloud, so I'll leave this"
                + " post to the community.");
        discord.say(post, "4980", "max", "pasta maybe?");
        Thread.sleep(500);
        assertThat(rest.unclaimed(call -> call.path().equals(inChannel(post)))).as("the post stays its author's").isEmpty();
    }

    private static String inChannel(String channelId) {
        return "channels/" + channelId + "/messages";
    }
}
