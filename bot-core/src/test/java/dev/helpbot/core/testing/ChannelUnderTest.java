package dev.helpbot.core.testing;

import java.util.List;

/**
 * A channel running against its fake platform, driven the way people on that platform talk to the bot; what
 * {@link ChannelContract} replays the transcripts through. Each action is one delivery; the contract waits for it to
 * end before the next.
 */
public interface ChannelUnderTest extends AutoCloseable {

    /** What the bot posted, as the platform shows it to people. */
    record Posted(String shownText, List<String> choiceIds, boolean forStaff) {
    }

    /** The platform's id for the {@code n}th person of a test. */
    String personId(int n);

    /** The person types where their conversation is; the first time, the way the platform starts one (a mention). */
    void say(String person, String text) throws Exception;

    /** The person runs the slash command with these arguments (empty for none), where they talk. */
    void command(String person, String arguments) throws Exception;

    /** The person presses the newest button the bot offered them with {@code choiceId}; fails when none was offered. */
    void press(String person, String choiceId) throws Exception;

    /** Someone else presses the newest button with {@code choiceId} offered to {@code owner}. */
    void pressAs(String presser, String owner, String choiceId) throws Exception;

    /**
     * Whether other people see this person's conversation and may press its buttons: true in a Discord or Slack
     * channel; false on the web chat, where whoever holds the session is the person.
     */
    default boolean sharesPlaces() {
        return true;
    }

    /** Everything the bot posted so far, in order: conversation messages, notices, staff notes. */
    List<Posted> posted();

    /** Every piece of text the bot sent the platform: messages, button labels, thread names, command descriptions. */
    List<String> wireTexts();

    /** What in a posted message the platform would act on: live mentions and links the bot did not write. */
    List<String> liveMentionsAndLinks(Posted posted);

    @Override
    void close() throws Exception;
}
