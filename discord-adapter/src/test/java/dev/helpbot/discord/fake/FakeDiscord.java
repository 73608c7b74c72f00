package dev.helpbot.discord.fake;

import dev.helpbot.discord.ConversationMode;
import dev.helpbot.discord.DiscordSettings;
import java.io.IOException;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A fake Discord on 127.0.0.1 (REST and gateway) with one guild, one text channel and a support role, and
 * the things people do there: run the command, type, press buttons, DM the bot.
 */
public final class FakeDiscord implements AutoCloseable {

    private final FakeDiscordRest rest;
    private final FakeDiscordGateway gateway;
    private final String gatewayUrl;

    private FakeDiscord(FakeDiscordRest rest, FakeDiscordGateway gateway, String gatewayUrl) {
        this.rest = rest;
        this.gateway = gateway;
        this.gatewayUrl = gatewayUrl;
    }

    public static FakeDiscord start() throws IOException, InterruptedException {
        FakeDiscordRest rest = new FakeDiscordRest(DiscordPayloads.GUILD_ID, DiscordPayloads.TEXT_CHANNEL_ID);
        FakeDiscordGateway gateway = new FakeDiscordGateway(rest::activeThreads);
        return new FakeDiscord(rest, gateway, gateway.startAndGetUrl());
    }

    /** A fake Discord that never sends the guild its interactions come from (see {@link FakeDiscordGateway#neverSendTheGuild}). */
    public static FakeDiscord startWithoutTheGuild() throws IOException, InterruptedException {
        FakeDiscord discord = start();
        discord.gateway.neverSendTheGuild();
        return discord;
    }

    /** Settings pointing JDA here, for the fake guild, pinging the fake support role. */
    public DiscordSettings settings() {
        return settings("fake-token-for-loopback");
    }

    /** The same settings with another bot token, e.g. a canary that must never show up in a log. */
    public DiscordSettings settings(String token) {
        return new DiscordSettings(token, rest.baseUrl(), gatewayUrl, List.of(DiscordPayloads.GUILD_ID),
                ConversationMode.THREAD, DiscordPayloads.SUPPORT_ROLE_ID, 0, null, null, null);
    }

    public FakeDiscordRest rest() {
        return rest;
    }

    public FakeDiscordGateway gateway() {
        return gateway;
    }

    /** {@code /backup-help} in the text channel; returns the interaction id. */
    public String runSlashCommand(String token, String userId, String name) {
        String id = DiscordPayloads.snowflake();
        rest.interactionIn(token, DiscordPayloads.TEXT_CHANNEL_ID);
        rest.commandRunBy(token, id, DiscordPayloads.user(userId, name));
        gateway.dispatch("INTERACTION_CREATE", DiscordPayloads.interaction(id, token, 2,
                DiscordPayloads.textChannel(), DiscordPayloads.user(userId, name),
                DiscordPayloads.slashCommand(DataArray.empty())));
        return id;
    }

    /**
     * {@code /backup-help} with {@code options} (e.g. {@code fix: 9}) in the text channel or in a thread; returns the
     * interaction id.
     */
    public String runSlashCommand(String token, String userId, String name, String channelId, DataArray options) {
        String id = DiscordPayloads.snowflake();
        rest.interactionIn(token, channelId);
        rest.commandRunBy(token, id, DiscordPayloads.user(userId, name));
        DataObject channel = channelId.equals(DiscordPayloads.TEXT_CHANNEL_ID) ? DiscordPayloads.textChannel()
                : DiscordPayloads.thread(channelId, DiscordPayloads.GUILD_ID, DiscordPayloads.TEXT_CHANNEL_ID,
                        "help thread").put("permissions", "8");
        gateway.dispatch("INTERACTION_CREATE", DiscordPayloads.interaction(id, token, 2, channel,
                DiscordPayloads.user(userId, name), DiscordPayloads.slashCommand(options)));
        return id;
    }

    /** A person types in a guild channel or thread. */
    public void say(String channelId, String userId, String name, String text) {
        DataObject message = DiscordPayloads.userMessage(DiscordPayloads.snowflake(), channelId,
                DiscordPayloads.user(userId, name), text);
        rest.typed(message);
        gateway.dispatch("MESSAGE_CREATE", message);
    }

    /** Another bot (or a webhook) posts in a guild channel. */
    public void sayAsBot(String channelId, String botId, String name, String text) {
        gateway.dispatch("MESSAGE_CREATE", DiscordPayloads.userMessage(DiscordPayloads.snowflake(), channelId,
                DiscordPayloads.user(botId, name).put("bot", true), text));
    }

    /** A person writes to the bot directly. */
    public void sayInDirectMessage(String dmChannelId, String userId, String name, String text) {
        gateway.dispatch("MESSAGE_CREATE", DiscordPayloads.message(DiscordPayloads.snowflake(), dmChannelId,
                DiscordPayloads.user(userId, name), text));
    }

    /**
     * A person presses a button on {@code sentMessage} (a message body the bot sent) in the text channel or a
     * thread; returns the interaction id. Set {@code "flags": 64} on it for a button on an ephemeral message.
     */
    public String clickButton(String token, String channelId, String userId, String name, DataObject sentMessage,
                              String customId) {
        return clickButton(token, channelId, userId, name, List.of(), sentMessage, customId);
    }

    /**
     * The same press by a member holding {@code roleIds} (e.g. the support role), in the text channel, the staff
     * channel or a thread.
     */
    public String clickButton(String token, String channelId, String userId, String name, List<String> roleIds,
                              DataObject sentMessage, String customId) {
        String id = DiscordPayloads.snowflake();
        rest.interactionIn(token, channelId);
        DataObject message = DiscordPayloads.botMessage(DiscordPayloads.snowflake(), channelId,
                DiscordPayloads.GUILD_ID, sentMessage);
        DataObject channel = channelId.equals(DiscordPayloads.TEXT_CHANNEL_ID)
                || channelId.equals(DiscordPayloads.HANDOFF_CHANNEL_ID) ? DiscordPayloads.textChannel(channelId)
                : DiscordPayloads.thread(channelId, DiscordPayloads.GUILD_ID, DiscordPayloads.TEXT_CHANNEL_ID,
                        "help thread").put("permissions", "8");
        DataObject press = DiscordPayloads.interaction(id, token, 3, channel, DiscordPayloads.user(userId, name),
                DiscordPayloads.buttonPress(customId)).put("message", message);
        press.getObject("member").put("roles", DataArray.fromCollection(roleIds));
        gateway.dispatch("INTERACTION_CREATE", press);
        return id;
    }

    /**
     * A person opens a post titled {@code title} in the help forum, its first message {@code text}: THREAD_CREATE,
     * then the message, whose id is the post's, as on Discord. Returns the post's (thread's) id.
     */
    public String openForumPost(String userId, String name, String title, String text) {
        String postId = DiscordPayloads.snowflake();
        DataObject post = DiscordPayloads.forumPost(postId, userId, title);
        rest.forumPostOpened(post);
        gateway.dispatch("THREAD_CREATE", post);
        DataObject message = DiscordPayloads.userMessage(postId, postId, DiscordPayloads.user(userId, name), text);
        rest.typed(message);
        gateway.dispatch("MESSAGE_CREATE", message);
        return postId;
    }

    /** Closes the gateway socket before the servers, as Discord going away would. */
    @Override
    public void close() throws IOException {
        try {
            gateway.shutDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            rest.close();
        }
    }
}
