package dev.helpbot.discord;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;

/**
 * Converts Discord input into core messages. A conversation is keyed by guild (or {@code dm}), the
 * channel or thread it runs in, and the person being helped.
 */
final class DiscordMessageReader {

    static final String PLATFORM = "discord";
    static final String DIRECT_MESSAGES = "dm";
    static final String COMMAND = "backup-help";
    static final String OPTION_FIX = "fix";
    static final String OPTION_RESTART = "restart";
    static final String OPTION_STATS = "stats";

    private final Pattern selfMention;
    private final String selfId;

    /** @param selfId the bot's own user id, whose mentions start a conversation and are removed from its text */
    DiscordMessageReader(String selfId) {
        this.selfId = selfId;
        this.selfMention = Pattern.compile("<@!?" + Pattern.quote(selfId) + ">");
    }

    /** A button press on a helpbot message. */
    record ButtonPress(IncomingMessage message, String ownerId, String clickerId) {
        boolean byOwner() {
            return ownerId.equals(clickerId);
        }
    }

    static ConversationKey key(Guild guild, String channelId, String userId) {
        return new ConversationKey(PLATFORM, guild == null ? DIRECT_MESSAGES : guild.getId(), channelId, userId);
    }

    /** True for {@code /backup-help stats:true}, which is answered privately and opens no thread. */
    static boolean asksForStats(SlashCommandInteraction command) {
        OptionMapping stats = command.getOption(OPTION_STATS);
        return stats != null && stats.getAsBoolean();
    }

    /**
     * {@code /backup-help [fix:N] [restart:true] [stats:true]}, continuing in {@code conversationChannelId}.
     *
     * @param fromAdmin whether the sender may see team-only output (decided by {@link #isAdmin})
     */
    IncomingMessage fromSlashCommand(SlashCommandInteraction command, String conversationChannelId, boolean fromAdmin) {
        OptionMapping fix = command.getOption(OPTION_FIX);
        OptionMapping restart = command.getOption(OPTION_RESTART);
        String arguments;
        if (asksForStats(command)) {
            arguments = "stats";
        } else if (fix != null) {
            arguments = "fix " + fix.getAsLong();
        } else if (restart != null && restart.getAsBoolean()) {
            arguments = "restart";
        } else {
            arguments = "";
        }
        ConversationKey key = key(command.isFromGuild() ? command.getGuild() : null, conversationChannelId,
                command.getUser().getId());
        return IncomingMessage.command(key, new IncomingMessage.Command(COMMAND, arguments, fromAdmin));
    }

    /** Server managers, and holders of the configured support role, count as the team. */
    static boolean isAdmin(Member member, String supportRoleId) {
        if (member == null) {
            return false;
        }
        return member.hasPermission(Permission.MANAGE_SERVER)
                || (supportRoleId != null && member.getRoles().stream().anyMatch(role -> role.getId().equals(supportRoleId)));
    }

    /** True when the message addresses the bot by name; @everyone, @here and roles do not count. */
    boolean mentionsBot(Message message) {
        return selfMention.matcher(message.getContentRaw()).find();
    }

    /**
     * A typed message in {@code conversationChannelId}, without the bot's mention. A bare mention starts
     * the conversation as {@code /backup-help} would.
     */
    IncomingMessage fromMessage(Message message, String conversationChannelId) {
        ConversationKey key = key(message.isFromGuild() ? message.getGuild() : null, conversationChannelId,
                message.getAuthor().getId());
        String text = selfMention.matcher(message.getContentRaw()).replaceAll(" ").strip();
        if (text.isEmpty() && mentionsBot(message)) {
            return IncomingMessage.command(key, new IncomingMessage.Command(COMMAND, ""));
        }
        return IncomingMessage.text(key, text);
    }

    /** The press, or empty when the button is not one of helpbot's. */
    Optional<ButtonPress> fromButton(ButtonInteraction click) {
        return ButtonIds.decode(click.getComponentId()).map(id -> {
            ConversationKey key = key(click.isFromGuild() ? click.getGuild() : null, click.getChannelId(), id.ownerId());
            return new ButtonPress(IncomingMessage.choice(key, id.choiceId()), id.ownerId(), click.getUser().getId());
        });
    }

    String selfId() {
        return selfId;
    }
}
