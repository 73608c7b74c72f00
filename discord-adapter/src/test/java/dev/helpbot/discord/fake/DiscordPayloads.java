package dev.helpbot.discord.fake;

import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** The smallest Discord API objects JDA 6 accepts, for the fake Discord. */
public final class DiscordPayloads {

    public static final String BOT_ID = "1000";
    public static final String GUILD_ID = "2000";
    public static final String TEXT_CHANNEL_ID = "3000";
    /** A staff channel for hand-over notes, when a test configures one. */
    public static final String HANDOFF_CHANNEL_ID = "3001";
    /** A help forum, with the tags "Solved" and "Needs staff", when a test configures one. */
    public static final String FORUM_CHANNEL_ID = "3002";
    public static final String SOLVED_TAG_ID = "6000";
    public static final String NEEDS_STAFF_TAG_ID = "6001";
    public static final String OWNER_ID = "4000";
    public static final String STAFF_ID = "4001";
    public static final String SUPPORT_ROLE_ID = "5000";
    public static final String COMMAND_ID = "8000";

    private static final String TIMESTAMP = "2026-01-01T00:00:00.000000+00:00";
    /** Administrator: JDA checks permissions locally before sending, and the fake has nothing to hide. */
    private static final String ALL_PERMISSIONS = "8";

    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final java.util.concurrent.atomic.AtomicInteger INCREMENT = new java.util.concurrent.atomic.AtomicInteger();

    private DiscordPayloads() {
    }

    /** A fresh id dated now: JDA refuses to answer an interaction whose id says it is over 15 minutes old. */
    public static String snowflake() {
        return Long.toString(((System.currentTimeMillis() - DISCORD_EPOCH_MILLIS) << 22) | (INCREMENT.incrementAndGet() & 0xFFF));
    }

    public static DataObject botUser() {
        return user(BOT_ID, "helpbot").put("bot", true);
    }

    public static DataObject user(String id, String name) {
        return DataObject.empty().put("id", id).put("username", name).put("discriminator", "0")
                .put("global_name", name).put("avatar", null).put("flags", 0);
    }

    static DataObject member(DataObject user) {
        return DataObject.empty().put("user", user).put("roles", DataArray.empty()).put("joined_at", TIMESTAMP)
                .put("deaf", false).put("mute", false).put("flags", 0).put("permissions", ALL_PERMISSIONS);
    }

    static DataObject ready(String gatewayUrl, int shardId, int shardTotal, boolean withGuild) {
        DataArray guilds = withGuild
                ? DataArray.empty().add(DataObject.empty().put("id", GUILD_ID).put("unavailable", true))
                : DataArray.empty();
        return DataObject.empty().put("v", 10).put("user", botUser()).put("session_id", "fake-session-" + shardId)
                .put("resume_gateway_url", gatewayUrl)
                .put("guilds", guilds)
                .put("application", DataObject.empty().put("id", BOT_ID).put("flags", 0))
                .put("private_channels", DataArray.empty()).put("relationships", DataArray.empty())
                .put("presences", DataArray.empty()).put("shard", DataArray.empty().add(shardId).add(shardTotal));
    }

    /** GUILD_CREATE for the fake guild with its active {@code threads}, as Discord sends it after IDENTIFY. */
    static DataObject guildCreate(DataArray threads) {
        DataObject everyone = role(GUILD_ID, "@everyone", 0).put("permissions", ALL_PERMISSIONS);
        DataObject support = role(SUPPORT_ROLE_ID, "Support", 1);
        DataObject text = guildTextChannel(TEXT_CHANNEL_ID, "help", 0);
        DataObject desk = guildTextChannel(HANDOFF_CHANNEL_ID, "support-desk", 1);
        DataObject forum = guildTextChannel(FORUM_CHANNEL_ID, "help-forum", 2).put("type", 15).put("flags", 0)
                .put("default_thread_rate_limit_per_user", 0).put("default_sort_order", null).put("default_forum_layout", 0)
                .put("default_reaction_emoji", null).put("available_tags", DataArray.empty()
                        .add(tag(SOLVED_TAG_ID, "Solved")).add(tag(NEEDS_STAFF_TAG_ID, "Needs staff")));
        return DataObject.empty().put("id", GUILD_ID).put("name", "Fake guild").put("icon", null).put("splash", null)
                .put("owner_id", OWNER_ID).put("afk_timeout", 300).put("afk_channel_id", null)
                .put("verification_level", 0).put("default_message_notifications", 0).put("explicit_content_filter", 0)
                .put("mfa_level", 0).put("nsfw_level", 0).put("premium_tier", 0).put("system_channel_flags", 0)
                .put("preferred_locale", "en-US").put("features", DataArray.empty()).put("emojis", DataArray.empty())
                .put("stickers", DataArray.empty()).put("roles", DataArray.empty().add(everyone).add(support))
                .put("channels", DataArray.empty().add(text).add(desk).add(forum)).put("threads", threads)
                .put("members", DataArray.empty().add(member(botUser())))
                .put("voice_states", DataArray.empty()).put("presences", DataArray.empty())
                .put("guild_scheduled_events", DataArray.empty()).put("stage_instances", DataArray.empty())
                .put("soundboard_sounds", DataArray.empty())
                .put("member_count", 3).put("large", false).put("unavailable", false).put("joined_at", TIMESTAMP);
    }

    private static DataObject guildTextChannel(String id, String name, int position) {
        return DataObject.empty().put("id", id).put("type", 0).put("name", name)
                .put("position", position).put("guild_id", GUILD_ID).put("permission_overwrites", DataArray.empty())
                .put("nsfw", false).put("rate_limit_per_user", 0).put("topic", null).put("last_message_id", null);
    }

    private static DataObject tag(String id, String name) {
        return DataObject.empty().put("id", id).put("name", name).put("moderated", false).put("emoji_id", null)
                .put("emoji_name", null);
    }

    /** A new post in the help forum by {@code owner}, as THREAD_CREATE carries it: a thread whose parent is the forum. */
    public static DataObject forumPost(String id, String ownerId, String title) {
        return thread(id, GUILD_ID, FORUM_CHANNEL_ID, title).put("owner_id", ownerId).put("applied_tags", DataArray.empty())
                .put("newly_created", true);
    }

    private static DataObject role(String id, String name, int position) {
        return DataObject.empty().put("id", id).put("name", name).put("position", position).put("color", 0)
                .put("hoist", false).put("managed", false).put("mentionable", false).put("permissions", "0")
                .put("flags", 0);
    }

    public static DataObject thread(String id, String guildId, String parentId, String name) {
        return DataObject.empty().put("id", id).put("type", 11).put("guild_id", guildId).put("parent_id", parentId)
                .put("name", name).put("owner_id", BOT_ID).put("message_count", 0).put("member_count", 1)
                .put("rate_limit_per_user", 0).put("flags", 0).put("last_message_id", null)
                .put("total_message_sent", 0)
                .put("thread_metadata", DataObject.empty().put("archived", false).put("auto_archive_duration", 1440)
                        .put("archive_timestamp", TIMESTAMP).put("locked", false).put("create_timestamp", TIMESTAMP));
    }

    /** What Discord adds to a message that answers an application command: who ran it. */
    public static DataObject interactionMetadata(String interactionId, DataObject user) {
        return DataObject.empty().put("id", interactionId).put("type", 2).put("user", user)
                .put("authorizing_integration_owners", DataObject.empty().put("0", GUILD_ID));
    }

    /** A message as Discord returns it after the bot posted {@code sent}. */
    public static DataObject botMessage(String id, String channelId, String guildId, DataObject sent) {
        DataObject message = message(id, channelId, botUser(), sent.getString("content", ""));
        message.put("guild_id", guildId);
        if (sent.hasKey("components")) {
            message.put("components", sent.getArray("components"));
        }
        if (sent.hasKey("flags")) {
            message.put("flags", sent.getInt("flags"));
        }
        return message;
    }

    public static DataObject message(String id, String channelId, DataObject author, String content) {
        return DataObject.empty().put("id", id).put("type", 0).put("channel_id", channelId).put("author", author)
                .put("content", content).put("timestamp", TIMESTAMP).put("edited_timestamp", null).put("tts", false)
                .put("mention_everyone", false).put("mentions", DataArray.empty()).put("mention_roles", DataArray.empty())
                .put("attachments", DataArray.empty()).put("embeds", DataArray.empty()).put("pinned", false)
                .put("flags", 0).put("components", DataArray.empty());
    }

    /** A message typed by a person in a guild channel or thread, as MESSAGE_CREATE carries it. */
    public static DataObject userMessage(String id, String channelId, DataObject author, String content) {
        DataObject member = member(author);
        member.remove("user");
        return message(id, channelId, author, content).put("guild_id", GUILD_ID).put("member", member);
    }

    /** INTERACTION_CREATE for an application command or component, as a guild member. */
    public static DataObject interaction(String id, String token, int type, DataObject channel, DataObject user,
                                         DataObject data) {
        return DataObject.empty().put("id", id).put("application_id", BOT_ID).put("type", type).put("token", token)
                .put("version", 1).put("guild_id", GUILD_ID).put("channel_id", channel.getString("id"))
                .put("guild", DataObject.empty().put("id", GUILD_ID).put("locale", "en-US").put("features", DataArray.empty()))
                .put("channel", channel).put("member", member(user)).put("data", data)
                .put("locale", "en-US").put("guild_locale", "en-US").put("app_permissions", ALL_PERMISSIONS)
                .put("entitlements", DataArray.empty()).put("context", 0)
                .put("authorizing_integration_owners", DataObject.empty().put("0", GUILD_ID));
    }

    public static DataObject textChannel() {
        return textChannel(TEXT_CHANNEL_ID);
    }

    /** A guild text channel as an interaction carries it, e.g. the staff channel a note is in. */
    public static DataObject textChannel(String id) {
        return DataObject.empty().put("id", id).put("type", 0).put("name", "help").put("guild_id", GUILD_ID)
                .put("position", 0).put("permission_overwrites", DataArray.empty()).put("nsfw", false)
                .put("rate_limit_per_user", 0).put("permissions", ALL_PERMISSIONS);
    }

    public static DataObject slashCommand(DataArray options) {
        return DataObject.empty().put("id", COMMAND_ID).put("name", "backup-help").put("type", 1).put("options", options);
    }

    public static DataObject buttonPress(String customId) {
        return DataObject.empty().put("custom_id", customId).put("component_type", 2);
    }
}
