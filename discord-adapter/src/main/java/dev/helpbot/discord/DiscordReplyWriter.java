package dev.helpbot.discord;

import dev.helpbot.core.Choice;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.Reply;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.ChoiceButtons;
import dev.helpbot.core.channel.ChoiceToken;
import dev.helpbot.core.channel.Outbox;
import dev.helpbot.core.channel.PlatformText;
import dev.helpbot.core.channel.RetryAfter;
import dev.helpbot.core.channel.StaffDesk;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Writes core replies as Discord messages and posts them for the kit's dispatcher: markdown text, choices as
 * buttons whose custom ids are the kit's choice tokens, and allowed mentions that let nothing ping, except the
 * support role on a hand-over note. With {@code discord.handoff_channel_id} set it is also the staff desk.
 *
 * <p>It posts on a person's lane, so it waits for each request: messages go out in order, and a refused request
 * surfaces as an exception the dispatcher answers (the apology, or the note in the conversation when the staff
 * channel refused it). JDA waits out Discord's rate limits itself; {@link RetryAfter#MAX_TOTAL_WAIT} bounds how long.
 */
final class DiscordReplyWriter implements Outbox<DiscordPlace>, StaffDesk<DiscordPlace> {

    /** Discord's limits: five buttons to a row, five rows, 100 characters of custom id, 80 of label. */
    static final ChoiceButtons.Limits BUTTONS = new ChoiceButtons.Limits(5, 25, 100, 80);

    /** Its support role is pinged on hand-over (none: nobody), and its staff channel takes the notes (none: inline). */
    private final DiscordSettings settings;
    private final ChannelTexts texts;

    DiscordReplyWriter(DiscordSettings settings, ChannelTexts texts) {
        this.settings = settings;
        this.texts = texts;
    }

    static <T> T complete(RestAction<T> action) {
        return action.deadline(System.currentTimeMillis() + RetryAfter.MAX_TOTAL_WAIT.toMillis()).complete();
    }

    @Override
    public void post(DiscordPlace place, Reply reply, String ownerId) {
        List<MessageCreateData> messages = messages(reply, ownerId);
        Optional.ofNullable(messages.isEmpty() ? place.clearPlaceholder() : null).ifPresent(DiscordReplyWriter::complete);
        messages.forEach(message -> complete(place.send(message)));
    }

    @Override
    public void notice(DiscordPlace place, String personId, String markup) {
        complete(place.sendPrivately(plain(DiscordMarkdown.RENDERER.render(markup))));
    }

    @Override
    public void postHandoff(DiscordPlace place, Handoff handoff) {
        handoff(handoff, place.inGuild(), null).forEach(message -> complete(place.sendForStaff(message)));
    }

    /** In the staff channel, pinging the support role, saying whose conversation it is and where. */
    @Override
    public void post(Handoff handoff, DiscordPlace conversation, String ownerId) {
        JDA jda = conversation.channel().getJDA();
        // With shards, the staff channel may belong to a guild that another shard holds.
        GuildMessageChannel desk = jda.getShardManager() != null
                ? jda.getShardManager().getChannelById(GuildMessageChannel.class, settings.handoffChannelId())
                : jda.getChannelById(GuildMessageChannel.class, settings.handoffChannelId());
        if (desk == null || !desk.canTalk()) {
            throw new IllegalStateException("discord.handoff_channel_id " + settings.handoffChannelId() + " is not a text"
                    + " channel the bot can see and post in: invite it there and give it View Channel and Send Messages");
        }
        String header = DiscordMarkdown.RENDERER.render(conversation.inGuild() ? texts.handoffFrom()
                : texts.handoffFromDirectMessage(), Map.of("person", "<@" + ownerId + ">", "place",
                "<#" + conversation.channel().getId() + ">"));
        handoff(handoff, true, header).forEach(message -> complete(desk.sendMessage(message)));
    }

    /**
     * The messages to post for a reply: usually one; longer text is split at line breaks, and the buttons
     * go under the last part. Empty when the reply is silent.
     */
    List<MessageCreateData> messages(Reply reply, String ownerId) {
        if (reply.isSilent()) {
            return List.of();
        }
        List<String> parts = PlatformText.split(DiscordMarkdown.RENDERER.render(reply.text()), Message.MAX_CONTENT_LENGTH);
        if (parts.isEmpty()) {
            parts = List.of(""); // buttons only
        }
        List<MessageCreateData> messages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            MessageCreateBuilder builder = withoutPings(parts.get(i));
            if (i == parts.size() - 1) {
                builder.setComponents(buttons(reply.choices(), ownerId));
            }
            messages.add(builder.build());
        }
        return messages;
    }

    /**
     * The summary for the support team; the first part pings the support role when {@code canPingRole}, and
     * nothing else can ping. {@code discordHeader} (or null) is a first line already in Discord markdown, such as
     * where the conversation is; user and channel mentions in it show as names, and ping nobody.
     */
    List<MessageCreateData> handoff(Handoff handoff, boolean canPingRole, String discordHeader) {
        boolean ping = canPingRole && settings.supportRoleId() != null;
        String header = discordHeader == null ? "" : discordHeader + "\n";
        String text = (ping ? "<@&" + settings.supportRoleId() + "> " : "") + header
                + DiscordMarkdown.RENDERER.render(handoff.summary());
        List<MessageCreateData> messages = new ArrayList<>();
        for (String part : PlatformText.split(text, Message.MAX_CONTENT_LENGTH)) {
            MessageCreateBuilder builder = withoutPings(part);
            if (ping && messages.isEmpty()) {
                builder.mentionRoles(settings.supportRoleId());
            }
            messages.add(builder.build());
        }
        return messages;
    }

    /** One message already in Discord markdown, pinging nobody. */
    MessageCreateData plain(String discordMarkdown) {
        return withoutPings(PlatformText.truncate(discordMarkdown, Message.MAX_CONTENT_LENGTH)).build();
    }

    /** Choices as buttons, five to a row; the first is the suggested move. */
    List<ActionRow> buttons(List<Choice> choices, String ownerId) {
        return ChoiceButtons.rows(choices, choice -> ChoiceToken.of(ownerId, choice.id()), BUTTONS).stream()
                .map(row -> ActionRow.of(row.stream().map(b -> b.primary() ? Button.primary(b.token(), b.label())
                        : Button.secondary(b.token(), b.label())).toList())).toList();
    }

    private static MessageCreateBuilder withoutPings(String content) {
        // parse=[] : @everyone, @here, roles and users in the text stay plain text, whatever they look like.
        return new MessageCreateBuilder().setContent(content).setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
    }
}
