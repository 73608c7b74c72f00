package dev.helpbot.web;

import static dev.helpbot.core.channel.SettingChecks.matching;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything the web chat needs to run; none of it is secret.
 *
 * @param host            the interface to listen on
 * @param port            the port for the page, the widget script and the WebSocket; 0 picks a free one
 * @param allowedOrigins  sites, besides the chat's own address, whose pages may embed the chat and open its WebSocket,
 *                        written {@code https://help.example.com}; {@code *} allows every site
 * @param handoffMessage  what the person is told once their hand-over went to the team, in the core's markup
 * @param addressPerMinute WebSocket handshakes and frames an address may send a minute, after {@code addressBurst} at
 *                        once; 0 turns the limit off. The limits per session are the conversations' own.
 * @param maxFrameBytes   the largest frame taken; a larger one closes its socket with 1009 (message too big)
 */
public record WebSettings(String host, int port, List<String> allowedOrigins, String handoffMessage,
                          int addressPerMinute, int addressBurst, int maxFrameBytes) {

    public static final int DEFAULT_PORT = 8090;
    private static final Pattern ORIGIN = Pattern.compile("\\*|https?://[A-Za-z0-9.-]+(:\\d{1,5})?");

    public WebSettings {
        host = Objects.requireNonNullElse(host, "0.0.0.0");
        allowedOrigins = allowedOrigins.stream().map(origin -> matching("web.allowed_origins", origin, ORIGIN,
                "an origin like https://help.example.com (scheme and host, no path), or *")).toList();
        if (handoffMessage == null || handoffMessage.isBlank()) {
            throw new IllegalArgumentException("web.handoff_message must say what happens next, got nothing");
        }
        if (port < 0 || port > 65_535 || addressPerMinute < 0 || addressBurst < 0 || maxFrameBytes < 256) {
            throw new IllegalArgumentException("web.port must be 0-65535, web.address_per_minute and web.address_burst "
                    + "0 or more, web.max_frame_bytes 256 or more; got " + port + ", " + addressPerMinute + ", "
                    + addressBurst + " and " + maxFrameBytes);
        }
    }

    /** Loopback on a free port, no other site, no limit by address: for tests and trying the page locally. */
    public static WebSettings local(String handoffMessage) {
        return new WebSettings("127.0.0.1", 0, List.of(), handoffMessage, 0, 0, 8192);
    }
}
