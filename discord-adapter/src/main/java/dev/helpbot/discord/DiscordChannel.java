package dev.helpbot.discord;

import dev.helpbot.core.channel.ChannelParts;
import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.ChatChannel;
import dev.helpbot.core.channel.Dispatcher;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * helpbot on Discord: JDA's {@link ShardManager} with one shard, or this instance's share of {@code shardCount}
 * ({@code shardIds}; every shard by default), registering {@code /backup-help} globally or in the configured guilds.
 * Registration overwrites the command list with the same one, so every instance may do it. Conversations run on the
 * kit's dispatcher.
 */
public final class DiscordChannel implements ChatChannel {

    /** GUILD_MESSAGES and MESSAGE_CONTENT let free text in a help thread continue it; DIRECT_MESSAGES lets people DM. */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(
            GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT);

    private static final Logger LOG = LoggerFactory.getLogger(DiscordChannel.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final Duration SHARD_START_TIMEOUT = Duration.ofMinutes(2);

    private final DiscordSettings settings;
    private final ChannelRuntime runtime;
    private final Dispatcher<DiscordPlace> dispatcher;
    private final DiscordEvents events;
    private volatile ShardManager shards;

    public DiscordChannel(DiscordSettings settings, ChannelRuntime runtime) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.runtime = runtime;
        DiscordReplyWriter writer = new DiscordReplyWriter(settings, runtime.texts());
        this.dispatcher = runtime.dispatcher(DiscordMessageReader.PLATFORM, "/" + DiscordMessageReader.COMMAND, writer,
                settings.handoffChannelId() == null ? null : writer, writer);
        this.events = new DiscordEvents(dispatcher, settings, runtime.texts(), writer);
    }

    @Override
    public String name() {
        return "discord";
    }

    @Override
    public synchronized void start() throws InterruptedException {
        if (shards != null) {
            return;
        }
        LOG.info("Connecting to Discord with {}", settings);
        try {
            shards = connect();
            awaitAllShardsReady(shards, settings.shardIds());
            registerCommands();
        } catch (RuntimeException | InterruptedException e) {
            // Half-started connections would keep reconnecting in the background: stop them with the error.
            close();
            throw e;
        }
        LOG.info("Discord connected as {}", shards.getShards().get(0).getSelfUser().getName());
    }

    private ShardManager connect() {
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(), INTENTS)
                .setShardsTotal(Math.max(1, settings.shardCount())).setShards(settings.shardIds())
                .setRestConfig(new RestConfig().setBaseUrl(settings.restBaseUrl()))
                // Every REST answer, each 429 that JDA then waits out included, reaches the platform-call metrics.
                .setHttpClientBuilder(new OkHttpClient.Builder().addInterceptor(chain -> runtime.platformCalls().counted(
                        DiscordMessageReader.PLATFORM, chain.request().method(), chain.request().url().encodedPath(),
                        chain.proceed(chain.request()), Response::code, response -> null)))
                .addEventListeners(events)
                // A light client caches no forum tags, and a help forum's post is tagged by name.
                .enableCache(CacheFlag.FORUM_TAGS);
        if (settings.gatewayUrl() != null) {
            // A fixed gateway is a proxy or a test double: plain JSON frames, no zlib stream.
            builder.setSessionController(new FixedGatewaySessionController(settings.gatewayUrl(), settings.shardCount()))
                    .setCompression(Compression.NONE);
        }
        try {
            return builder.build();
        } catch (InvalidTokenException e) {
            throw invalidToken(e);
        } catch (ErrorResponseException e) {
            // The ShardManager checks the token by fetching its own user and reports a refusal as a bare 401.
            if (e.getResponse() != null && e.getResponse().code == 401) {
                throw invalidToken(e);
            }
            throw e;
        }
    }

    @Override
    public boolean isConnected() {
        ShardManager running = shards;
        return running != null && running.getShards().stream().allMatch(c -> c.getStatus() == JDA.Status.CONNECTED);
    }

    @Override
    public long gatewayPingMillis() {
        ShardManager running = shards;
        return running == null ? -1 : (long) running.getAverageGatewayPing();
    }

    /** Answers what is queued first, then disconnects; shutdown() lets requests already sent go out. */
    @Override
    public synchronized void close() {
        dispatcher.close();
        ShardManager running = shards;
        shards = null;
        if (running != null) {
            running.shutdown();
            running.getShards().forEach(DiscordChannel::awaitShutdown);
            LOG.info("Discord disconnected");
        }
    }

    private static void awaitShutdown(JDA connection) {
        try {
            if (!connection.awaitShutdown(SHUTDOWN_GRACE)) {
                connection.shutdownNow();
            }
        } catch (InterruptedException e) {
            connection.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** {@code /backup-help [fix:1-9] [restart:true] [stats:true]}, usable in servers and in DMs with the bot. */
    static SlashCommandData backupHelpCommand(ChannelTexts texts) {
        return Commands.slash(DiscordMessageReader.COMMAND, texts.commandDescription())
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .addOptions(new OptionData(OptionType.INTEGER, DiscordMessageReader.OPTION_FIX, texts.optionFix())
                                .setRequiredRange(1, 9),
                        new OptionData(OptionType.BOOLEAN, DiscordMessageReader.OPTION_RESTART, texts.optionRestart()),
                        new OptionData(OptionType.BOOLEAN, DiscordMessageReader.OPTION_STATS, texts.optionStats()));
    }

    private static void awaitAllShardsReady(ShardManager shards, List<Integer> ids) throws InterruptedException {
        // The ShardManager creates shards one by one, as fast as Discord's identify rate limit allows.
        for (int shardId : ids) {
            ChannelParts.awaitPresent(() -> shards.getShardById(shardId), SHARD_START_TIMEOUT, "Discord shard " + shardId)
                    .awaitReady();
        }
    }

    private static IllegalStateException invalidToken(RuntimeException e) {
        return new IllegalStateException("Discord refused the bot token: set DISCORD_TOKEN to the token from the "
                + "developer portal (Bot > Reset Token)", e);
    }

    private void registerCommands() {
        if (settings.guildIds().isEmpty()) {
            register(shards.getShards().get(0).updateCommands(), "globally");
        }
        for (String guildId : settings.guildIds()) {
            Guild guild = shards.getGuildById(guildId);
            if (guild == null) {
                LOG.warn("discord.guild_ids lists {}, but the bot is not in that server: invite it with the URL in "
                        + "discord-adapter/README.md", guildId);
            } else {
                register(guild.updateCommands(), "in guild " + guildId);
            }
        }
    }

    private void register(CommandListUpdateAction update, String where) {
        try {
            update.addCommands(backupHelpCommand(runtime.texts())).complete();
            LOG.info("Registered /{} {}", DiscordMessageReader.COMMAND, where);
        } catch (ErrorResponseException e) {
            // Mentions and DMs still work without the command, so this is no reason to stop the bot.
            LOG.error("Could not register /{} {}: {}. Was the bot invited with the applications.commands scope?",
                    DiscordMessageReader.COMMAND, where, e.getMeaning());
        }
    }

}
