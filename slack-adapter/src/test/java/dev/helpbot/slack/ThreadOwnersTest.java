package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.model.Message;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThreadOwnersTest {

    private static final ThreadOwners.BotIdentity BOT = new ThreadOwners.BotIdentity("UBOT0001", "BBOT0001");
    private static final SlackThread THREAD = new SlackThread("C0HELP001", "1690000000.000001");
    private static final String ALICE = "U0ALICE01";
    private static final String BOB = "U0BOB0001";

    private final SlackPoster poster = mock(SlackPoster.class);
    private final ThreadOwners owners = new ThreadOwners(poster);

    @Test
    void ownerOf_unknownThreadWithTheBotsParent_asksSlackOnceThenRemembers() throws Exception {
        when(poster.threadParent("C0HELP001", "1690000000.000001")).thenReturn(Optional.of(botParent(ALICE)));

        assertThat(owners.ownerOf(THREAD, null, BOT)).contains(ALICE);
        assertThat(owners.ownerOf(THREAD, BOT.userId(), BOT)).contains(ALICE);
        verify(poster, times(1)).threadParent(anyString(), anyString());
    }

    @Test
    void ownerOf_threadStartedByTheBotInThisProcess_neverAsksSlack() throws Exception {
        owners.remember(THREAD, ALICE);

        assertThat(owners.ownerOf(THREAD, null, BOT)).contains(ALICE);
        verify(poster, never()).threadParent(anyString(), anyString());
    }

    @Test
    void ownerOf_eventSaysAPersonPostedTheParent_notOursWithoutAskingSlack() throws Exception {
        assertThat(owners.ownerOf(THREAD, BOB, BOT)).isEmpty();
        verify(poster, never()).threadParent(anyString(), anyString());
    }

    @Test
    void ownerOf_parentNotTheBots_notOursAndRememberedAsSuch() throws Exception {
        when(poster.threadParent(anyString(), anyString())).thenReturn(Optional.empty());

        assertThat(owners.ownerOf(THREAD, null, BOT)).isEmpty();
        assertThat(owners.ownerOf(THREAD, null, BOT)).isEmpty();
        verify(poster, times(1)).threadParent(anyString(), anyString());
    }

    @Test
    void ownerOf_slackRefusesForGood_notOursAndNotAskedAgain() throws Exception {
        when(poster.threadParent(anyString(), anyString()))
                .thenThrow(new SlackPoster.SlackCallFailed("conversations.replies", "missing_scope"));

        assertThat(owners.ownerOf(THREAD, null, BOT)).isEmpty();
        assertThat(owners.ownerOf(THREAD, null, BOT)).isEmpty();
        verify(poster, times(1)).threadParent(anyString(), anyString());
    }

    @Test
    void ownerOf_networkFailure_notOursThisTimeAndAskedAgainNextTime() throws Exception {
        when(poster.threadParent(anyString(), anyString()))
                .thenThrow(new IOException("connection reset"))
                .thenReturn(Optional.of(botParent(ALICE)));

        assertThat(owners.ownerOf(THREAD, null, BOT)).isEmpty();
        assertThat(owners.ownerOf(THREAD, null, BOT)).contains(ALICE);
        verify(poster, times(2)).threadParent(anyString(), anyString());
    }

    @Test
    void claim_threadKnownNotToBeOurs_goesToWhoeverMentionsTheBotFirst() throws Exception {
        when(poster.threadParent(anyString(), anyString())).thenReturn(Optional.empty());
        owners.ownerOf(THREAD, null, BOT);

        assertThat(owners.claim(THREAD, BOB)).isTrue();
        assertThat(owners.claim(THREAD, ALICE)).isFalse();
        assertThat(owners.ownerOf(THREAD, null, BOT)).contains(BOB);
    }

    private static Message botParent(String owner) {
        Message parent = new Message();
        parent.setUser(BOT.userId());
        parent.setBotId(BOT.botId());
        SlackMessage message = HelpThreadParent.message(new SlackThread("C0HELP001", null), owner);
        parent.setText(message.text());
        parent.setMetadata(message.metadata());
        return parent;
    }
}
