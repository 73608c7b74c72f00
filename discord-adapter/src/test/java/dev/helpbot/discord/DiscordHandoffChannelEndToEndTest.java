package dev.helpbot.discord;

import static dev.helpbot.discord.DiscordRequests.assertNoPings;
import static dev.helpbot.discord.DiscordRequests.content;
import static dev.helpbot.discord.fake.DiscordPayloads.HANDOFF_CHANNEL_ID;
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

/** With {@code handoff_channel_id} set, hand-over notes go to the staff channel and link back to the thread. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class DiscordHandoffChannelEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeDiscord discord;
    private FakeDiscordRest rest;
    private DiscordChannel channel;

    @BeforeAll
    void startFakeDiscordAndBot() throws Exception {
        discord = FakeDiscord.start();
        rest = discord.rest();
        channel = new DiscordChannel(TestSettings.withHandoffChannelId(discord.settings(), HANDOFF_CHANNEL_ID), TestBots.channelRuntime());
        channel.start();
    }

    @AfterAll
    void stopBotThenFakeDiscord() throws Exception {
        channel.close();
        discord.close();
    }

    @Test
    void humanRequest_inThread_postsSummaryInHandoffChannelPingingRoleWithLinkAndThreadGetsNoPing() throws Exception {
        String user = "4910";
        discord.runSlashCommand("token-h1", user, "ines");
        rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages/\\d+/threads", WAIT);
        String threadId = rest.lastThreadId();
        rest.await("POST", inChannel(threadId), WAIT);

        discord.say(threadId, user, "ines", "it says not enough storage @everyone");
        rest.await("POST", inChannel(threadId), WAIT);
        discord.say(threadId, user, "ines", "this isn't helping, can i talk to a real person");

        Call escalation = rest.await("POST", inChannel(threadId), WAIT);
        Call note = rest.await("POST", inChannel(HANDOFF_CHANNEL_ID), WAIT);
        assertNoPings(escalation);
        assertThat(content(escalation)).doesNotContain("<@&");
        assertThat(content(note)).startsWith("<@&" + SUPPORT_ROLE_ID + "> Conversation with <@" + user + "> in <#"
                + threadId + ">").contains("4. ").contains("@\u200Beveryone").doesNotContain("@everyone");
        DataObject allowed = note.body().getObject("allowed_mentions");
        assertThat(allowed.getArray("parse").isEmpty()).as("no @everyone, users or roles by parsing").isTrue();
        assertThat(allowed.getArray("roles").toList()).containsExactly(SUPPORT_ROLE_ID);
        assertThat(allowed.optArray("users").map(users -> users.isEmpty()).orElse(true)).as("the user is not pinged").isTrue();
        Thread.sleep(200);
        assertThat(rest.unclaimed(call -> call.path().equals(inChannel(threadId))))
                .as("the summary is not repeated in the thread").isEmpty();
    }

    @Test
    void humanRequest_inDirectMessage_postsSummaryInHandoffChannelPingingRole() throws Exception {
        discord.sayInDirectMessage("7710", "4920", "jon", "my backup fails");
        rest.await("POST", inChannel("7710"), WAIT);
        discord.sayInDirectMessage("7710", "4920", "jon", "i want to talk to a human");

        Call escalation = rest.await("POST", inChannel("7710"), WAIT);
        Call note = rest.await("POST", inChannel(HANDOFF_CHANNEL_ID), WAIT);

        assertNoPings(escalation);
        assertThat(content(note)).startsWith("<@&" + SUPPORT_ROLE_ID + "> Conversation with <@4920> in a direct message");
        assertThat(note.body().getObject("allowed_mentions").getArray("roles").toList()).containsExactly(SUPPORT_ROLE_ID);
    }

    @Test
    void regression_staffChannelRefusesThePost_theNoteGoesInTheConversationInsteadOfBeingLost() throws Exception {
        rest.refusePostsIn(HANDOFF_CHANNEL_ID);
        try {
            discord.sayInDirectMessage("7720", "4930", "kai", "my backup fails");
            rest.await("POST", inChannel("7720"), WAIT);
            discord.sayInDirectMessage("7720", "4930", "kai", "i want to talk to a human");

            Call escalation = rest.await("POST", inChannel("7720"), WAIT);
            rest.await("POST", inChannel(HANDOFF_CHANNEL_ID), WAIT);
            Call note = rest.await("POST", inChannel("7720"), WAIT);

            assertNoPings(escalation);
            assertThat(content(note)).as("the summary, where the person is").contains("asked for a person");
        } finally {
            rest.allowPostsIn(HANDOFF_CHANNEL_ID);
        }
    }

    private static String inChannel(String channelId) {
        return "channels/" + channelId + "/messages";
    }
}
