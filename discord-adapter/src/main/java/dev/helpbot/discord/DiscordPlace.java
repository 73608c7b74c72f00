package dev.helpbot.discord;

import dev.helpbot.core.channel.Place;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Where a Discord conversation lives: a channel, thread or DM, posted to directly, or reached through an
 * interaction's webhook. Webhook follow-ups need no channel permission, and they are the only way to answer in a
 * guild JDA has not cached (a user-installed command, a guild whose GUILD_CREATE has not arrived).
 *
 * @param hook        the interaction's webhook, or null for plain channel messages
 * @param placeholder set while a deferred reply shows "thinking…", which the first message then replaces
 */
record DiscordPlace(MessageChannel channel, String workspace, InteractionHook hook, boolean ephemeral,
                    AtomicBoolean placeholder) implements Place {

    static DiscordPlace channel(MessageChannel channel, String workspace) {
        return new DiscordPlace(channel, workspace, null, false, new AtomicBoolean());
    }

    /** @param deferredReply whether the interaction was acknowledged with "thinking…" */
    static DiscordPlace interaction(InteractionHook hook, MessageChannel channel, String workspace, boolean ephemeral,
                                    boolean deferredReply) {
        return new DiscordPlace(channel, workspace, hook, ephemeral, new AtomicBoolean(deferredReply));
    }

    @Override
    public String threadKey() {
        return channel.getType().isThread() ? channel.getId() : null;
    }

    /** Roles exist only in guilds: a DM cannot ping the support role. */
    boolean inGuild() {
        return channel instanceof GuildChannel;
    }

    /** One message of a reply, where the person talks. */
    RestAction<Message> send(MessageCreateData message) {
        if (hook == null) {
            return channel.sendMessage(message);
        }
        return placeholder.getAndSet(false) ? hook.editOriginal(MessageEditData.fromCreateData(message))
                : hook.sendMessage(message).setEphemeral(ephemeral);
    }

    /** A notice for the person alone where Discord allows it, which is inside an interaction. */
    RestAction<Message> sendPrivately(MessageCreateData message) {
        return hook == null || placeholder.get() ? send(message) : hook.sendMessage(message).setEphemeral(true);
    }

    /** The hand-over note, which the support team must see: not ephemeral, in the channel when it can be. */
    RestAction<Message> sendForStaff(MessageCreateData message) {
        return hook != null && ephemeral && !channel.isDetached() ? channel.sendMessage(message) : send(message);
    }

    /** Removes "thinking…" when there is nothing to say, or null when nothing shows it. */
    RestAction<Void> clearPlaceholder() {
        return hook != null && placeholder.getAndSet(false) ? hook.deleteOriginal() : null;
    }
}
