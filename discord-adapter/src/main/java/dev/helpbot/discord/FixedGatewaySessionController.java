package dev.helpbot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Connects to a configured gateway URL instead of asking Discord's {@code /gateway/bot} for one: for a
 * gateway proxy, and for tests against a fake Discord on loopback.
 */
final class FixedGatewaySessionController extends SessionControllerAdapter {

    private final String gatewayUrl;
    private final int shardTotal;

    FixedGatewaySessionController(String gatewayUrl, int shardTotal) {
        this.gatewayUrl = gatewayUrl;
        this.shardTotal = Math.max(1, shardTotal);
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        return new ShardedGateway(gatewayUrl, shardTotal);
    }
}
