package dev.helpbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.requests.RestAction;
import org.junit.jupiter.api.Test;

class ThreadOwnerLookupTest {

    private static final String SELF = "1000";
    private static final String OWNER = "4000";

    private final HelpThreads threads = new HelpThreads(10);
    private final ThreadOwnerLookup lookup = new ThreadOwnerLookup(threads);
    private final List<String> handled = new ArrayList<>();
    private Consumer<? super Message> answerStarter;
    private Consumer<? super Throwable> failLookup;

    @Test
    void withOwner_messagesWhileLookupRuns_handledInArrivalOrderWithTheOwner() {
        ThreadChannel thread = botThread("7001");

        lookup.withOwner(thread, SELF, owner -> handled.add("first " + owner.orElse("-")));
        lookup.withOwner(thread, SELF, owner -> handled.add("second " + owner.orElse("-")));
        assertThat(handled).as("nothing before Discord answers").isEmpty();
        answerStarter.accept(starter(user(SELF, true), user(OWNER, false)));
        lookup.withOwner(thread, SELF, owner -> handled.add("third " + owner.orElse("-")));

        assertThat(handled).containsExactly("first 4000", "second 4000", "third 4000");
        verify(thread, times(1)).retrieveParentMessage();
        assertThat(threads.ownerOf("7001")).contains(OWNER);
    }

    @Test
    void withOwner_threadSomeoneElseCreated_answersEmptyAtOnceWithoutRest() {
        ThreadChannel thread = mock(ThreadChannel.class);
        when(thread.getId()).thenReturn("7002");
        when(thread.getOwnerId()).thenReturn(OWNER);

        lookup.withOwner(thread, SELF, owner -> handled.add(owner.orElse("nobody")));

        assertThat(handled).containsExactly("nobody");
        verify(thread, never()).retrieveParentMessage();
    }

    @Test
    void withOwner_lookupFailsWithoutDiscordsAnswer_answersEmptyAndTriesAgainNextTime() {
        ThreadChannel thread = botThread("7003");

        lookup.withOwner(thread, SELF, owner -> handled.add(owner.orElse("nobody")));
        failLookup.accept(new RuntimeException("connection reset"));
        lookup.withOwner(thread, SELF, owner -> handled.add(owner.orElse("nobody")));

        assertThat(handled).containsExactly("nobody");
        verify(thread, times(2)).retrieveParentMessage();
    }

    @Test
    void ownerFrom_starterOfEachKind_namesWhoTheThreadWasOpenedFor() {
        assertThat(ThreadOwnerLookup.ownerFrom(starter(user(SELF, true), user(OWNER, false)), SELF))
                .as("the bot's answer to /backup-help").contains(OWNER);
        assertThat(ThreadOwnerLookup.ownerFrom(starter(user(OWNER, false), null), SELF))
                .as("a person's message that mentioned the bot").contains(OWNER);
        assertThat(ThreadOwnerLookup.ownerFrom(starter(user(SELF, true), null), SELF))
                .as("a bot message that answered no command").isEmpty();
        assertThat(ThreadOwnerLookup.ownerFrom(starter(user("4999", true), null), SELF))
                .as("another bot's message").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private ThreadChannel botThread(String id) {
        ThreadChannel thread = mock(ThreadChannel.class);
        when(thread.getId()).thenReturn(id);
        when(thread.getOwnerId()).thenReturn(SELF);
        RestAction<Message> retrieve = mock(RestAction.class);
        when(thread.retrieveParentMessage()).thenReturn(retrieve);
        doAnswer(call -> {
            answerStarter = call.getArgument(0);
            failLookup = call.getArgument(1);
            return null;
        }).when(retrieve).queue(any(), any());
        return thread;
    }

    private static Message starter(User author, User commandUser) {
        Message message = mock(Message.class);
        when(message.getAuthor()).thenReturn(author);
        if (commandUser != null) {
            Message.InteractionMetadata metadata = mock(Message.InteractionMetadata.class);
            when(metadata.getUser()).thenReturn(commandUser);
            when(message.getInteractionMetadata()).thenReturn(metadata);
        }
        return message;
    }

    private static User user(String id, boolean bot) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(id);
        when(user.isBot()).thenReturn(bot);
        return user;
    }
}
