package dev.helpbot.slack;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who each channel thread the bot runs belongs to. Kept in memory, and after a restart read back from the
 * thread's parent message in Slack (see {@link HelpThreadParent}), once per thread. Call it on the
 * conversation's ordered worker: a lookup then happens before the thread's later messages are looked at.
 */
final class ThreadOwners {

    private static final Logger log = LoggerFactory.getLogger(ThreadOwners.class);
    /** Remembered for threads known not to be the bot's, so chatter in other threads costs no Web API call. */
    private static final String NOBODY = "";

    private final SlackPoster poster;
    /** "channel:thread_ts" to the owner's user id, or {@link #NOBODY}. */
    private final LruMap<String, String> owners = new LruMap<>(50_000);

    ThreadOwners(SlackPoster poster) {
        this.poster = poster;
    }

    /** Records the owner of a thread the bot has just started, or of one whose button the owner pressed. */
    void remember(SlackThread thread, String ownerUserId) {
        owners.put(thread.conversationId(), ownerUserId);
    }

    /** A thread is the first person's to talk to the bot in it; true if it is (now) {@code userId}'s. */
    boolean claim(SlackThread thread, String userId) {
        String owner = owners.get(thread.conversationId());
        if (owner == null || owner.equals(NOBODY)) {
            owners.put(thread.conversationId(), userId);
            return true;
        }
        return owner.equals(userId);
    }

    /**
     * The thread's owner, asking Slack for its parent message the first time this process sees the thread.
     *
     * @param parentUserId who posted the parent, as the message event says ({@code parent_user_id}), or null;
     *                     when it names someone other than the bot, the thread is not ours and Slack isn't asked
     */
    Optional<String> ownerOf(SlackThread thread, String parentUserId, BotIdentity bot) {
        String key = thread.conversationId();
        String owner = owners.get(key);
        if (owner == null) {
            owner = parentUserId != null && !parentUserId.equals(bot.userId()) ? NOBODY : lookUp(thread, bot);
            if (owner != null) {
                owners.putIfAbsent(key, owner);
            }
        }
        return owner == null || owner.equals(NOBODY) ? Optional.empty() : Optional.of(owner);
    }

    /** The owner read from Slack, {@link #NOBODY} when the thread is not ours, or null when Slack could not say. */
    private String lookUp(SlackThread thread, BotIdentity bot) {
        if (thread.threadTs() == null) {
            return NOBODY;
        }
        try {
            return poster.threadParent(thread.channelId(), thread.threadTs())
                    .flatMap(parent -> HelpThreadParent.ownerOf(parent, bot.userId(), bot.botId()))
                    .orElse(NOBODY);
        } catch (SlackPoster.SlackCallFailed e) {
            // Slack's own answer (missing_scope, channel_not_found…) won't change on the next message; a rate
            // limit that outlasted the retries might, so that one is asked again.
            log.debug("Could not read the parent of Slack thread {}: {}", thread.conversationId(), e.getMessage());
            return "ratelimited".equals(e.error()) ? null : NOBODY;
        } catch (IOException | SlackApiException | RuntimeException e) {
            log.debug("Could not read the parent of Slack thread {}: {}", thread.conversationId(), e.toString());
            return null;
        }
    }

    /** The bot as Slack names it in messages it posted: its user id and its bot id (either may be null). */
    record BotIdentity(String userId, String botId) {
    }
}
