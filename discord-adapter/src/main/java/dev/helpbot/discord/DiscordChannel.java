package dev.helpbot.discord;

import dev.helpbot.core.Conversations;
import dev.helpbot.core.channel.ChatChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * helpbot on Discord: one JDA connection, or a {@link ShardManager} when {@code shardCount > 1}; registers
 * {@code /backup-help} globally or in the configured guilds.
 */
public final class DiscordChannel implements ChatChannel {

    /** GUILD_MESSAGES and MESSAGE_CONTENT let free text in a help thread continue it; DIRECT_MESSAGES lets people DM. */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(
            GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT);

    private static final Logger LOG = LoggerFactory.getLogger(DiscordChannel.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final Duration SHARD_START_TIMEOUT = Duration.ofMinutes(2);

    private final DiscordSettings settings;
    private final DiscordEventListener listener;
    private volatile JDA jda;
    private volatile ShardManager shardManager;

    public DiscordChannel(DiscordSettings settings, Conversations engine) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = new DiscordEventListener(Objects.requireNonNull(engine, "engine"), settings);
    }

    @Override
    public String name() {
        return "discord";
    }

    @Override
    public synchronized void start() throws InterruptedException {
        if (jda != null || shardManager != null) {
            return;
        }
        LOG.info("Connecting to Discord with {}", settings);
        try {
            if (settings.isSharded()) {
                startShards();
            } else {
                startSingleConnection();
            }
            registerCommands();
        } catch (RuntimeException | InterruptedException e) {
            // Half-started connections would keep reconnecting in the background: stop them with the error.
            close();
            throw e;
        }
        LOG.info("Discord connected as {}", connections().get(0).getSelfUser().getName());
    }

    private void startSingleConnection() throws InterruptedException {
        JDABuilder builder = JDABuilder.createLight(settings.token(), INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(settings.restBaseUrl()))
                .addEventListeners(listener);
        if (settings.gatewayUrl() != null) {
            // A fixed gateway is a proxy or a test double: plain JSON frames, no zlib stream.
            builder.setSessionController(new FixedGatewaySessionController(settings.gatewayUrl(), 1))
                    .setCompression(Compression.NONE);
        }
        try {
            jda = builder.build();
        } catch (InvalidTokenException e) {
            throw invalidToken(e);
        }
        jda.awaitReady();
    }

    private void startShards() throws InterruptedException {
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(), INTENTS)
                .setShardsTotal(settings.shardCount())
                .setRestConfig(new RestConfig().setBaseUrl(settings.restBaseUrl()))
                .addEventListeners(listener);
        if (settings.gatewayUrl() != null) {
            builder.setSessionController(new FixedGatewaySessionController(settings.gatewayUrl(), settings.shardCount()))
                    .setCompression(Compression.NONE);
        }
        try {
            shardManager = builder.build();
        } catch (InvalidTokenException e) {
            throw invalidToken(e);
        } catch (ErrorResponseException e) {
            // The ShardManager checks the token by fetching its own user and reports a refusal as a bare 401.
            if (e.getResponse() != null && e.getResponse().code == 401) {
                throw invalidToken(e);
            }
            throw e;
        }
        awaitAllShardsReady(shardManager);
    }

    @Override
    public boolean isConnected() {
        List<JDA> connections = connections();
        return !connections.isEmpty() && connections.stream().allMatch(c -> c.getStatus() == JDA.Status.CONNECTED);
    }

    @Override
    public synchronized void close() {
        List<JDA> connections = connections();
        if (connections.isEmpty()) {
            return;
        }
        // shutdown() lets requests already queued (replies being posted) go out before disconnecting.
        if (shardManager != null) {
            shardManager.shutdown();
        } else {
            jda.shutdown();
        }
        for (JDA connection : connections) {
            try {
                if (!connection.awaitShutdown(SHUTDOWN_GRACE)) {
                    connection.shutdownNow();
                }
            } catch (InterruptedException e) {
                connection.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        jda = null;
        shardManager = null;
        LOG.info("Discord disconnected");
    }

    /** {@code /backup-help [fix:1-9] [restart:true] [stats:true]}, usable in servers and in DMs with the bot. */
    static SlashCommandData backupHelpCommand() {
        return Commands.slash(DiscordMessageReader.COMMAND, "Get help when your iPhone stops backing up to iCloud")
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .addOptions(
                        new OptionData(OptionType.INTEGER, DiscordMessageReader.OPTION_FIX, "Go straight to fix 1 to 9")
                                .setRequiredRange(1, 9),
                        new OptionData(OptionType.BOOLEAN, DiscordMessageReader.OPTION_RESTART,
                                "Forget this conversation and start over"),
                        new OptionData(OptionType.BOOLEAN, DiscordMessageReader.OPTION_STATS,
                                "Which fixes help (server managers and the support role only)"));
    }

    private static void awaitAllShardsReady(ShardManager shards) throws InterruptedException {
        // The ShardManager creates shards one by one, as fast as Discord's identify rate limit allows.
        for (int shardId = 0; shardId < shards.getShardsTotal(); shardId++) {
            long deadline = System.nanoTime() + SHARD_START_TIMEOUT.toNanos();
            JDA shard;
            while ((shard = shards.getShardById(shardId)) == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Discord shard " + shardId + " did not start within " + SHARD_START_TIMEOUT);
                }
                Thread.sleep(50);
            }
            shard.awaitReady();
        }
    }

    private static IllegalStateException invalidToken(RuntimeException e) {
        return new IllegalStateException("Discord refused the bot token: set DISCORD_TOKEN to the token from the "
                + "developer portal (Bot > Reset Token)", e);
    }

    private void registerCommands() {
        if (settings.guildIds().isEmpty()) {
            register(connections().get(0).updateCommands(), "globally");
            return;
        }
        for (String guildId : settings.guildIds()) {
            Guild guild = shardManager != null ? shardManager.getGuildById(guildId) : jda.getGuildById(guildId);
            if (guild == null) {
                LOG.warn("discord.guild_ids lists {}, but the bot is not in that server: invite it with the URL in "
                        + "discord-adapter/README.md", guildId);
                continue;
            }
            register(guild.updateCommands(), "in guild " + guildId);
        }
    }

    private static void register(CommandListUpdateAction update, String where) {
        try {
            update.addCommands(backupHelpCommand()).complete();
            LOG.info("Registered /{} {}", DiscordMessageReader.COMMAND, where);
        } catch (ErrorResponseException e) {
            // Mentions and DMs still work without the command, so this is no reason to stop the bot.
            LOG.error("Could not register /{} {}: {}. Was the bot invited with the applications.commands scope?",
                    DiscordMessageReader.COMMAND, where, e.getMeaning());
        }
    }

    private List<JDA> connections() {
        ShardManager shards = shardManager;
        JDA single = jda;
        List<JDA> connections = new ArrayList<>();
        if (shards != null) {
            connections.addAll(shards.getShards());
        } else if (single != null) {
            connections.add(single);
        }
        return connections;
    }
}
