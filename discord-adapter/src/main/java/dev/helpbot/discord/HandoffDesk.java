package dev.helpbot.discord;

import dev.helpbot.core.Handoff;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a hand-over note goes. With {@code discord.handoff_channel_id} set, the support team reads every note
 * in that one channel, pinging the support role, with who asked and a link back to their thread; the thread
 * itself only gets the bot's normal escalation reply. Without it, or when the bot can't see or post in that
 * channel, the note goes in the conversation, as before, so a hand-over is never lost.
 */
final class HandoffDesk {

    private static final Logger LOG = LoggerFactory.getLogger(HandoffDesk.class);

    private final DiscordReplyWriter writer;
    private final String handoffChannelId;

    /** @param handoffChannelId the staff channel, or {@code null} to post notes in the conversation */
    HandoffDesk(DiscordReplyWriter writer, String handoffChannelId) {
        this.writer = writer;
        this.handoffChannelId = handoffChannelId;
    }

    /** The requests that post the note, in order. */
    List<RestAction<?>> post(Handoff handoff, String ownerId, ReplyTarget target) {
        MessageChannel conversation = target.conversationChannel();
        GuildMessageChannel desk = handoffChannelId == null ? null : find(conversation.getJDA());
        if (desk == null) {
            return writer.handoff(handoff, target.canPingRoles()).stream()
                    .<RestAction<?>>map(target::postForStaff).toList();
        }
        return writer.handoff(handoff, true, header(ownerId, conversation)).stream()
                .<RestAction<?>>map(desk::sendMessage).toList();
    }

    /** "Conversation with @user in #thread": mentions render as names; the message's allowed mentions ping neither. */
    static String header(String ownerId, MessageChannel conversation) {
        String where = conversation instanceof GuildChannel ? "in <#" + conversation.getId() + ">"
                : "in a direct message with the bot";
        return "Conversation with <@" + ownerId + "> " + where;
    }

    private GuildMessageChannel find(JDA jda) {
        // With shards, the channel may belong to a guild that another shard holds.
        ShardManager shards = jda.getShardManager();
        GuildMessageChannel desk = shards != null
                ? shards.getChannelById(GuildMessageChannel.class, handoffChannelId)
                : jda.getChannelById(GuildMessageChannel.class, handoffChannelId);
        if (desk == null) {
            LOG.warn("discord.handoff_channel_id {} is not a text channel the bot can see; posting the hand-over in the "
                    + "conversation instead. Invite the bot to that channel or fix the id.", handoffChannelId);
            return null;
        }
        // JDA refuses to build a message for a channel it may not post in; the person's reply must still go out.
        if (!desk.canTalk()) {
            LOG.warn("The bot may not post in discord.handoff_channel_id {} (#{}); posting the hand-over in the "
                    + "conversation instead. Give the bot's role View Channel and Send Messages there.",
                    handoffChannelId, desk.getName());
            return null;
        }
        return desk;
    }
}
