package dev.helpbot.discord;

import static dev.helpbot.discord.DiscordRequests.assertNoPings;
import static dev.helpbot.discord.DiscordRequests.callbackFlags;
import static dev.helpbot.discord.DiscordRequests.content;
import static dev.helpbot.discord.DiscordRequests.customIds;
import static dev.helpbot.discord.fake.DiscordPayloads.BOT_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.GUILD_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.STAFF_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.SUPPORT_ROLE_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.TEXT_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import dev.helpbot.discord.fake.FakeDiscord;
import dev.helpbot.discord.fake.FakeDiscordRest;
import dev.helpbot.discord.fake.FakeDiscordRest.Call;
import java.time.Duration;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The real JDA against a fake Discord on 127.0.0.1 in the default thread mode, asserting on exactly what
 * helpbot makes JDA send. One connection serves every test (connecting takes a second or two); each test
 * talks as its own user in its own thread, so tests share no conversation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class DiscordChannelEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeDiscord discord;
    private FakeDiscordRest rest;
    private DiscordChannel channel;

    @BeforeAll
    void startFakeDiscordAndBot() throws Exception {
        discord = FakeDiscord.start();
        rest = discord.rest();
        channel = new DiscordChannel(discord.settings(), TestBots.channelRuntime());
        channel.start();
    }

    @AfterAll
    void stopBotThenFakeDiscord() throws Exception {
        channel.close();
        assertThat(channel.isConnected()).isFalse();
        discord.close();
    }

    @Test
    void start_withGuildIds_registersBackupHelpWithFixAndRestartInThatGuild() throws Exception {
        Call put = rest.await("PUT", "applications/" + BOT_ID + "/guilds/" + GUILD_ID + "/commands", WAIT);

        assertThat(channel.isConnected()).isTrue();
        DataObject command = put.arrayBody().getObject(0);
        assertThat(command.getString("name")).isEqualTo("backup-help");
        DataObject fix = command.getArray("options").getObject(0);
        assertThat(fix.getString("name")).isEqualTo("fix");
        assertThat(fix.getInt("type")).as("integer").isEqualTo(4);
        assertThat(fix.getInt("min_value")).isEqualTo(1);
        assertThat(fix.getInt("max_value")).isEqualTo(9);
        DataObject restart = command.getArray("options").getObject(1);
        assertThat(restart.getString("name")).isEqualTo("restart");
        assertThat(restart.getInt("type")).as("boolean").isEqualTo(5);
    }

    @Test
    void conversation_slashSymptomButtonAndHumanRequest_sendsExactDiscordRequests() throws Exception {
        String user = "4100";
        String interaction = discord.runSlashCommand("token-a", user, "alice");

        Call ack = rest.await("POST", "interactions/" + interaction + "/token-a/callback", WAIT);
        assertThat(ack.body().getInt("type")).as("deferred channel message, at once").isEqualTo(5);
        assertThat(callbackFlags(ack) & 64).as("not ephemeral").isZero();
        Call anchor = rest.await("PATCH", "webhooks/" + BOT_ID + "/token-a/messages/@original", WAIT);
        assertThat(content(anchor)).as("the thread's starter names its owner, which pings nobody")
                .contains("<@" + user + ">", "getting help");
        assertNoPings(anchor);
        Call thread = rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages/\\d+/threads", WAIT);
        assertThat(thread.body().getString("name")).isEqualTo("Backup help · alice");
        String threadId = rest.lastThreadId();
        Call welcome = rest.await("POST", inChannel(threadId), WAIT);
        assertThat(content(welcome)).startsWith("Hi!");
        assertThat(customIds(welcome)).isNotEmpty().allMatch(id -> id.startsWith("hb1|" + user + "|"));
        assertNoPings(welcome);

        discord.say(threadId, user, "alice", "it says not enough storage on icloud @everyone");
        Call fix4 = rest.await("POST", inChannel(threadId), WAIT);
        assertThat(content(fix4)).contains("Fix 4 of 9");
        assertThat(customIds(fix4)).contains("hb1|" + user + "|-|not_worked:4");
        assertNoPings(fix4);

        String click = discord.clickButton("token-b", threadId, user, "alice", fix4.body(), "hb1|" + user + "|-|not_worked:4");
        Call deferEdit = rest.await("POST", "interactions/" + click + "/token-b/callback", WAIT);
        assertThat(deferEdit.body().getInt("type")).as("deferred update, at once").isEqualTo(6);
        Call clearButtons = rest.await("PATCH", "webhooks/" + BOT_ID + "/token-b/messages/@original", WAIT);
        assertThat(clearButtons.body().getArray("components").isEmpty()).isTrue();
        Call nextFix = rest.await("POST", "webhooks/" + BOT_ID + "/token-b", WAIT);
        assertThat(content(nextFix)).contains("Fix 1 of 9");
        assertThat(customIds(nextFix)).contains("hb1|" + user + "|-|not_worked:1");
        assertNoPings(nextFix);

        discord.say(threadId, user, "alice", "this isn't helping, can i talk to a real person");
        Call handedOver = rest.await("POST", inChannel(threadId), WAIT);
        assertNoPings(handedOver);
        Call summary = rest.await("POST", inChannel(threadId), WAIT);
        assertThat(content(summary)).startsWith("<@&" + SUPPORT_ROLE_ID + ">").contains("4. ")
                .as("what the user said, defused").contains("@\u200Beveryone").doesNotContain("@everyone");
        DataObject allowed = summary.body().getObject("allowed_mentions");
        assertThat(allowed.getArray("parse").isEmpty()).as("no @everyone, @here, users or roles by parsing").isTrue();
        assertThat(allowed.getArray("roles").toList()).containsExactly(SUPPORT_ROLE_ID);
        assertThat(allowed.optArray("users").map(users -> users.isEmpty()).orElse(true)).isTrue();
    }

    @Test
    void threadMessage_fromSomeoneElse_isIgnored() throws Exception {
        String user = "4200";
        String threadId = openThread(user, "bob", "token-c").threadId();

        discord.say(threadId, STAFF_ID, "staff", "@everyone not enough storage, right?");
        discord.say(threadId, user, "bob", "my wifi keeps dropping");
        Call reply = rest.await("POST", inChannel(threadId), WAIT);

        // Events are handled in order: by the time the owner's answer is out, the staff message was skipped.
        assertThat(content(reply)).contains("Fix 2 of 9");
        assertThat(rest.unclaimed(call -> call.path().startsWith("channels/" + threadId))).isEmpty();
    }

    @Test
    void buttonClick_bySomeoneElse_isRefusedEphemerallyAndChangesNothing() throws Exception {
        String user = "4300";
        Conversation conversation = openThread(user, "carol", "token-d");
        String startWithFix1 = customIds(conversation.welcome()).get(0);

        String click = discord.clickButton("token-e", conversation.threadId(), STAFF_ID, "staff",
                conversation.welcome().body(), startWithFix1);
        Call ack = rest.await("POST", "interactions/" + click + "/token-e/callback", WAIT);
        Call refusal = rest.await("POST", "webhooks/" + BOT_ID + "/token-e", WAIT);

        assertThat(ack.body().getInt("type")).as("acknowledged at once, before anything is read").isEqualTo(6);
        assertThat(refusal.body().getInt("flags") & 64).as("ephemeral").isEqualTo(64);
        assertThat(content(refusal)).contains("belongs to someone else");
        assertNoPings(refusal);
        assertThat(rest.unclaimed(call -> call.path().contains("token-e/messages/@original")))
                .as("the owner's buttons stay").isEmpty();
        discord.say(conversation.threadId(), user, "carol", "not enough storage");
        assertThat(content(rest.await("POST", inChannel(conversation.threadId()), WAIT)))
                .as("the owner's conversation did not move to fix 1").contains("Fix 4 of 9");
    }

    @Test
    void slashCommand_inSomeoneElsesHelpThread_isToldItIsTheirs_andTheirConversationStays() throws Exception {
        String user = "4310";
        Conversation conversation = openThread(user, "cleo", "token-t1");

        String interaction = discord.runSlashCommand("token-t2", STAFF_ID, "staff", conversation.threadId(),
                net.dv8tion.jda.api.utils.data.DataArray.empty());
        rest.await("POST", "interactions/" + interaction + "/token-t2/callback", WAIT);
        Call note = rest.await("PATCH", "webhooks/" + BOT_ID + "/token-t2/messages/@original", WAIT);

        assertThat(content(note)).contains("belongs to someone else");
        assertNoPings(note);
        discord.say(conversation.threadId(), user, "cleo", "not enough storage");
        assertThat(content(rest.await("POST", inChannel(conversation.threadId()), WAIT))).contains("Fix 4 of 9");
    }

    @Test
    void mention_inTextChannel_opensThreadOffThatMessageWithoutTheMention() throws Exception {
        discord.say(TEXT_CHANNEL_ID, "4400", "dave", "<@" + BOT_ID + "> is icloud down?");

        Call thread = rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages/\\d+/threads", WAIT);
        Call reply = rest.await("POST", inChannel(rest.lastThreadId()), WAIT);

        assertThat(thread.body().getString("name")).isEqualTo("Backup help · dave");
        assertThat(content(reply)).contains("of 9");
        assertNoPings(reply);
    }

    @Test
    void textChannelMessage_withoutMentionOrFromABot_isIgnored() throws Exception {
        discord.say(TEXT_CHANNEL_ID, "4500", "erin", "not enough storage @everyone");
        discord.sayAsBot(TEXT_CHANNEL_ID, "4999", "otherbot", "<@" + BOT_ID + "> not enough storage");
        discord.say(TEXT_CHANNEL_ID, "4500", "erin", "<@" + BOT_ID + ">");

        Call thread = rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages/\\d+/threads", WAIT);
        Call welcome = rest.await("POST", inChannel(rest.lastThreadId()), WAIT);

        assertThat(thread.body().getString("name")).as("the first thread opened").isEqualTo("Backup help · erin");
        assertThat(content(welcome)).as("a bare mention starts like /backup-help").startsWith("Hi!");
        assertThat(rest.unclaimed(call -> call.path().startsWith("channels/" + TEXT_CHANNEL_ID)))
                .as("nothing answered the message without a mention").isEmpty();
    }

    @Test
    void directMessage_isAnsweredInTheDm() throws Exception {
        discord.sayInDirectMessage("7700", "4600", "frank", "it says not enough storage on icloud");

        Call reply = rest.await("POST", inChannel("7700"), WAIT);

        assertThat(content(reply)).contains("Fix 4 of 9");
        assertThat(customIds(reply)).contains("hb1|4600|-|not_worked:4");
        assertNoPings(reply);
    }

    private record Conversation(String threadId, Call welcome) {
    }

    private Conversation openThread(String userId, String name, String token) throws InterruptedException {
        discord.runSlashCommand(token, userId, name);
        rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages/\\d+/threads", WAIT);
        String threadId = rest.lastThreadId();
        return new Conversation(threadId, rest.await("POST", inChannel(threadId), WAIT));
    }

    private static String inChannel(String channelId) {
        return "channels/" + channelId + "/messages";
    }
}
