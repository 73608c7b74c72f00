package dev.helpbot.discord;

import static dev.helpbot.discord.fake.DiscordPayloads.BOT_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.GUILD_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.OWNER_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.STAFF_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.SUPPORT_ROLE_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.TEXT_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import dev.helpbot.discord.fake.DiscordPayloads;
import dev.helpbot.discord.fake.FakeDiscordGateway;
import dev.helpbot.discord.fake.FakeDiscordRest;
import dev.helpbot.discord.fake.FakeDiscordRest.Call;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The real JDA against a fake Discord on 127.0.0.1, asserting on exactly what helpbot makes JDA send.
 * One connection serves every test (connecting takes a second or two); each test talks as its own user
 * in its own thread, so tests do not share conversations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class DiscordChannelEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String THREAD_MESSAGE = "channels/%s/messages";

    private FakeDiscordRest rest;
    private FakeDiscordGateway gateway;
    private DiscordChannel channel;

    @BeforeAll
    void startFakeDiscordAndBot() throws Exception {
        rest = new FakeDiscordRest(GUILD_ID, TEXT_CHANNEL_ID);
        gateway = new FakeDiscordGateway();
        DiscordSettings settings = DiscordSettings.withToken("fake-token-for-loopback")
                .withRestBaseUrl(rest.baseUrl())
                .withGatewayUrl(gateway.startAndGetUrl())
                .withGuildIds(List.of(GUILD_ID))
                .withSupportRoleId(SUPPORT_ROLE_ID);
        channel = new DiscordChannel(settings, TestBots.engine());
        channel.start();
    }

    @AfterAll
    void stopBotThenFakeDiscord() throws Exception {
        channel.close();
        gateway.shutDown();
        rest.close();
    }

    @Test
    void start_withGuildIds_registersBackupHelpWithFixAndRestartInThatGuild() throws Exception {
        Call put = rest.await("PUT", "applications/" + BOT_ID + "/guilds/" + GUILD_ID + "/commands", WAIT);

        assertThat(channel.isConnected()).isTrue();
        DataObject command = put.arrayBody().getObject(0);
        assertThat(command.getString("name")).isEqualTo("backup-help");
        DataObject fix = command.getArray("options").getObject(0);
        assertThat(fix.getString("name")).isEqualTo("fix");
        assertThat(fix.getInt("type")).isEqualTo(4);
        assertThat(fix.getInt("min_value")).isEqualTo(1);
        assertThat(fix.getInt("max_value")).isEqualTo(9);
        DataObject restart = command.getArray("options").getObject(1);
        assertThat(restart.getString("name")).isEqualTo("restart");
        assertThat(restart.getInt("type")).isEqualTo(5);
    }

    @Test
    void conversation_slashSymptomButtonAndHumanRequest_sendsExactDiscordRequests() throws Exception {
        String user = "4100";
        String interaction = DiscordPayloads.snowflake();
        runSlashCommand(interaction, "token-a", user, "alice");

        Call ack = rest.await("POST", "interactions/" + interaction + "/token-a/callback", WAIT);
        assertThat(ack.body().getInt("type")).as("deferred channel message, at once").isEqualTo(5);
        assertThat(ack.body().optObject("data").map(d -> d.getInt("flags", 0)).orElse(0) & 64).as("not ephemeral").isZero();
        Call anchor = rest.await("PATCH", "webhooks/" + BOT_ID + "/token-a/messages/@original", WAIT);
        assertThat(anchor.body().getString("content")).contains("Backup help", "alice");
        assertNoPings(anchor);
        Call thread = rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages/\\d+/threads", WAIT);
        assertThat(thread.body().getString("name")).isEqualTo("Backup help · alice");
        String threadId = rest.lastThreadId();
        Call welcome = rest.await("POST", THREAD_MESSAGE.formatted(threadId), WAIT);
        assertThat(welcome.body().getString("content")).startsWith("Hi!");
        assertThat(customIds(welcome)).isNotEmpty().allMatch(id -> id.startsWith("hb:" + user + ":"));
        assertNoPings(welcome);

        say(threadId, user, "alice", "it says not enough storage on icloud @everyone");
        Call fix4 = rest.await("POST", THREAD_MESSAGE.formatted(threadId), WAIT);
        assertThat(fix4.body().getString("content")).contains("Fix 4 of 9");
        assertThat(customIds(fix4)).contains("hb:" + user + ":not_worked:4");
        assertNoPings(fix4);

        String click = DiscordPayloads.snowflake();
        clickButton(click, "token-b", threadId, user, "alice", fix4.body(), "hb:" + user + ":not_worked:4");
        Call deferEdit = rest.await("POST", "interactions/" + click + "/token-b/callback", WAIT);
        assertThat(deferEdit.body().getInt("type")).as("deferred update, at once").isEqualTo(6);
        Call clearButtons = rest.await("PATCH", "webhooks/" + BOT_ID + "/token-b/messages/@original", WAIT);
        assertThat(clearButtons.body().getArray("components").isEmpty()).isTrue();
        Call nextFix = rest.await("POST", "webhooks/" + BOT_ID + "/token-b", WAIT);
        assertThat(nextFix.body().getString("content")).contains("Fix 1 of 9");
        assertThat(customIds(nextFix)).contains("hb:" + user + ":not_worked:1");
        assertNoPings(nextFix);

        say(threadId, user, "alice", "this isn't helping, can i talk to a real person");
        Call handedOver = rest.await("POST", THREAD_MESSAGE.formatted(threadId), WAIT);
        assertNoPings(handedOver);
        Call summary = rest.await("POST", THREAD_MESSAGE.formatted(threadId), WAIT);
        assertThat(summary.body().getString("content")).startsWith("<@&" + SUPPORT_ROLE_ID + ">").contains("4. ")
                .as("what the user said, defused").contains("@\u200Beveryone").doesNotContain("@everyone");
        DataObject allowed = summary.body().getObject("allowed_mentions");
        assertThat(allowed.getArray("parse").isEmpty()).as("no @everyone, @here, users or roles by parsing").isTrue();
        assertThat(allowed.getArray("roles").toList()).containsExactly(SUPPORT_ROLE_ID);
        assertThat(allowed.opt("users").map(u -> ((java.util.List<?>) ((DataArray) u).toList()).isEmpty()).orElse(true)).isTrue();
    }

    @Test
    void threadMessage_fromSomeoneElse_isIgnored() throws Exception {
        String user = "4200";
        String threadId = openThread(user, "bob", "token-c").threadId();

        say(threadId, STAFF_ID, "staff", "@everyone not enough storage, right?");
        say(threadId, user, "bob", "my wifi keeps dropping");
        Call reply = rest.await("POST", THREAD_MESSAGE.formatted(threadId), WAIT);

        // Events are handled in order: by the time the owner's answer is out, the staff message was skipped.
        assertThat(reply.body().getString("content")).contains("of 9");
        assertThat(rest.unclaimed(call -> call.path().startsWith("channels/" + threadId))).isEmpty();
    }

    @Test
    void buttonClick_bySomeoneElse_isRefusedEphemerallyAndChangesNothing() throws Exception {
        String user = "4300";
        Conversation conversation = openThread(user, "carol", "token-d");
        String threadId = conversation.threadId();
        Call welcome = conversation.welcome();
        String ownersButton = customIds(welcome).get(0);

        String click = DiscordPayloads.snowflake();
        clickButton(click, "token-e", threadId, STAFF_ID, "staff", welcome.body(), ownersButton);
        Call refusal = rest.await("POST", "interactions/" + click + "/token-e/callback", WAIT);

        assertThat(refusal.body().getInt("type")).as("channel message, at once").isEqualTo(4);
        assertThat(refusal.body().getObject("data").getInt("flags") & 64).as("ephemeral").isEqualTo(64);
        assertThat(refusal.body().getObject("data").getString("content")).contains("belongs to someone else");
        assertThat(refusal.body().getObject("data").getObject("allowed_mentions").getArray("parse").isEmpty()).isTrue();
    }

    private record Conversation(String threadId, Call welcome) {
    }

    private Conversation openThread(String userId, String name, String token) throws InterruptedException {
        String interaction = DiscordPayloads.snowflake();
        runSlashCommand(interaction, token, userId, name);
        rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages/\\d+/threads", WAIT);
        String threadId = rest.lastThreadId();
        return new Conversation(threadId, rest.await("POST", THREAD_MESSAGE.formatted(threadId), WAIT));
    }

    private void runSlashCommand(String interactionId, String token, String userId, String name) {
        rest.interactionIn(token, TEXT_CHANNEL_ID);
        gateway.dispatch("INTERACTION_CREATE", DiscordPayloads.interaction(interactionId, token, 2,
                DiscordPayloads.textChannel(), DiscordPayloads.user(userId, name),
                DiscordPayloads.slashCommand(DataArray.empty())));
    }

    private void say(String threadId, String userId, String name, String text) {
        gateway.dispatch("MESSAGE_CREATE", DiscordPayloads.userMessage(DiscordPayloads.snowflake(), threadId,
                DiscordPayloads.user(userId, name), text));
    }

    private void clickButton(String interactionId, String token, String threadId, String userId, String name,
                             DataObject sentMessage, String customId) {
        rest.interactionIn(token, threadId);
        DataObject message = DiscordPayloads.botMessage(DiscordPayloads.snowflake(), threadId, GUILD_ID, sentMessage);
        DataObject threadChannel = DiscordPayloads.thread(threadId, GUILD_ID, TEXT_CHANNEL_ID, "help thread")
                .put("permissions", "8");
        gateway.dispatch("INTERACTION_CREATE", DiscordPayloads.interaction(interactionId, token, 3, threadChannel,
                DiscordPayloads.user(userId, name), DiscordPayloads.buttonPress(customId)).put("message", message));
    }

    private static List<String> customIds(Call call) {
        List<String> ids = new ArrayList<>();
        DataArray rows = call.body().getArray("components");
        for (int r = 0; r < rows.length(); r++) {
            DataArray buttons = rows.getObject(r).getArray("components");
            for (int b = 0; b < buttons.length(); b++) {
                ids.add(buttons.getObject(b).getString("custom_id"));
            }
        }
        return ids;
    }

    private static void assertNoPings(Call call) {
        DataObject allowed = call.body().getObject("allowed_mentions");
        assertThat(allowed.getArray("parse").isEmpty()).as("allowed_mentions.parse of " + call).isTrue();
        assertThat(allowed.opt("roles").map(r -> ((DataArray) r).isEmpty()).orElse(true)).as("roles of " + call).isTrue();
        assertThat(allowed.opt("users").map(u -> ((DataArray) u).isEmpty()).orElse(true)).as("users of " + call).isTrue();
    }
}
