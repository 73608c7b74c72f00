package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.Message;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.channel.ChannelTexts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackThreadParentTest {

    private static final String BOT_USER = "UBOT0001";
    private static final String BOT_ID = "BBOT0001";
    private static final String ALICE = "U0ALICE01";
    private static final ChannelTexts TEXTS = ChannelTexts.from(TestBots.content());

    @Test
    void message_inChannel_namesTheOwnerAndCarriesThemInMetadata() {
        SlackPoster.SlackMessage parent = SlackEvents.threadParent(TEXTS, ALICE);

        assertThat(parent.text()).startsWith("<@" + ALICE + "> is getting help");
        assertThat(parent.metadata().getEventType()).isEqualTo("helpbot_conversation");
        assertThat(parent.metadata().getEventPayload()).isEqualTo(Map.of("owner", ALICE));
    }

    @Test
    void ownerOf_theBotsOwnParent_readsTheOwnerBack() {
        Message posted = posted(SlackEvents.threadParent(TEXTS, ALICE), BOT_USER, BOT_ID);

        assertThat(SlackEvents.ownerOfThreadUnder(posted, BOT_USER, BOT_ID)).contains(ALICE);
    }

    @Test
    void ownerOf_metadataNamesSomeoneElseThanTheText_metadataWins() {
        Message posted = posted(SlackEvents.threadParent(TEXTS, ALICE), BOT_USER, BOT_ID);
        posted.setMetadata(new Message.Metadata("helpbot_conversation", Map.of("owner", "U0CAROL01")));

        assertThat(SlackEvents.ownerOfThreadUnder(posted, BOT_USER, BOT_ID)).contains("U0CAROL01");
    }

    @Test
    void ownerOf_parentWithoutMetadataFromBeforeTheChange_readsTheOwnerFromTheText() {
        Message posted = posted(SlackEvents.threadParent(TEXTS, ALICE), BOT_USER, BOT_ID);
        posted.setMetadata(null);

        assertThat(SlackEvents.ownerOfThreadUnder(posted, BOT_USER, BOT_ID)).contains(ALICE);
    }

    @Test
    void ownerOf_parentKnownOnlyByBotId_counts() {
        Message posted = posted(SlackEvents.threadParent(TEXTS, ALICE), null, BOT_ID);

        assertThat(SlackEvents.ownerOfThreadUnder(posted, BOT_USER, BOT_ID)).contains(ALICE);
    }

    @Test
    void ownerOf_sameTextAndMetadataPostedByAPerson_empty() {
        Message posted = posted(SlackEvents.threadParent(TEXTS, ALICE), "U0MALLORY", null);

        assertThat(SlackEvents.ownerOfThreadUnder(posted, BOT_USER, BOT_ID)).isEmpty();
    }

    @Test
    void ownerOf_anotherBotsMessage_empty() {
        Message posted = posted(SlackEvents.threadParent(TEXTS, ALICE), "UOTHERBOT", "BOTHER001");

        assertThat(SlackEvents.ownerOfThreadUnder(posted, BOT_USER, BOT_ID)).isEmpty();
    }

    @Test
    void ownerOf_botReplyOrAnotherAppsMetadata_empty() {
        Message reply = posted(new SlackPoster.SlackMessage("Fix 1 of 9: <@U0ALICE01> is here", List.of(), null), BOT_USER, BOT_ID);
        Message foreign = posted(new SlackPoster.SlackMessage("hi", List.of(),
                new Message.Metadata("other_app_event", Map.of("owner", ALICE))), BOT_USER, BOT_ID);

        assertThat(SlackEvents.ownerOfThreadUnder(reply, BOT_USER, BOT_ID)).isEmpty();
        assertThat(SlackEvents.ownerOfThreadUnder(foreign, BOT_USER, BOT_ID)).isEmpty();
    }

    private static Message posted(SlackPoster.SlackMessage message, String user, String botId) {
        Message posted = new Message();
        posted.setText(message.text());
        posted.setUser(user);
        posted.setBotId(botId);
        posted.setMetadata(message.metadata());
        return posted;
    }
}
