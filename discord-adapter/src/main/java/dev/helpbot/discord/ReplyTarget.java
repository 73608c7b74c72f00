package dev.helpbot.discord;

import java.util.Optional;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/** Where the messages of one reply go: a channel or thread, or an interaction's webhook. */
interface ReplyTarget {

    /** Posts one message of the reply; {@code first} is the reply's first message. */
    RestAction<?> post(MessageCreateData message, boolean first);

    /** Posts the hand-over note, which the support team must be able to see. */
    RestAction<?> postForStaff(MessageCreateData message);

    /** Roles exist only in guilds: a DM cannot ping the support role. */
    boolean canPingRoles();

    /** The channel or thread the conversation lives in, which a note posted elsewhere links back to. */
    MessageChannel conversationChannel();

    /** What to do when the reply is silent, e.g. remove a pending "thinking…" message. */
    default Optional<RestAction<?>> onSilence() {
        return Optional.empty();
    }

    /** Plain channel messages: free text in a thread, mentions, DMs. */
    static ReplyTarget channel(MessageChannel channel, boolean inGuild) {
        return new ReplyTarget() {
            @Override
            public RestAction<?> post(MessageCreateData message, boolean first) {
                return channel.sendMessage(message);
            }

            @Override
            public RestAction<?> postForStaff(MessageCreateData message) {
                return channel.sendMessage(message);
            }

            @Override
            public boolean canPingRoles() {
                return inGuild;
            }

            @Override
            public MessageChannel conversationChannel() {
                return channel;
            }
        };
    }

    /**
     * Follow-ups of an acknowledged interaction; they need no channel permission. A deferred reply's
     * "thinking…" placeholder is replaced by the first message ({@code replacesPlaceholder}).
     *
     * @param channel where a hand-over note goes when replies are ephemeral, so that staff see it
     */
    static ReplyTarget interaction(InteractionHook hook, boolean ephemeral, boolean replacesPlaceholder,
                                   MessageChannel channel, boolean inGuild) {
        return new ReplyTarget() {
            @Override
            public RestAction<?> post(MessageCreateData message, boolean first) {
                if (first && replacesPlaceholder) {
                    return hook.editOriginal(MessageEditData.fromCreateData(message));
                }
                return hook.sendMessage(message).setEphemeral(ephemeral);
            }

            @Override
            public RestAction<?> postForStaff(MessageCreateData message) {
                return ephemeral ? channel.sendMessage(message) : hook.sendMessage(message);
            }

            @Override
            public boolean canPingRoles() {
                return inGuild;
            }

            @Override
            public MessageChannel conversationChannel() {
                return channel;
            }

            @Override
            public Optional<RestAction<?>> onSilence() {
                return replacesPlaceholder ? Optional.of(hook.deleteOriginal()) : Optional.empty();
            }
        };
    }
}
