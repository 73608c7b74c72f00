package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Counts what HTTP mode does with requests that are not Slack's: N generated requests of every bad kind must all
 * get 401, and none may reach the engine or the Web API. Prints "N/N rejected" with the breakdown per kind.
 */
class SlackSignatureRejectionTest {

    private static final int REQUESTS = 200;
    private static final long SEED = 20_261_124L;
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    /** The ways a request can fail to be Slack's. */
    enum Kind {
        FORGED, TAMPERED_BODY, REPLAYED, MALFORMED_SIGNATURE, MALFORMED_TIMESTAMP, MISSING_SIGNATURE, MISSING_TIMESTAMP
    }

    private final Random random = new Random(SEED);
    private HttpModeBot bot;

    @BeforeEach
    void startBot() throws Exception {
        bot = HttpModeBot.start(settings -> settings);
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void httpEndpoint_200BadlySignedRequests_allGet401AndNoneReachSlack() throws Exception {
        int callsBefore = bot.slack.calls().size();
        Map<Kind, Integer> tried = new EnumMap<>(Kind.class);
        Map<Kind, Integer> rejected = new EnumMap<>(Kind.class);
        Map<Integer, Integer> otherStatuses = new HashMap<>();
        long started = System.nanoTime();

        for (int i = 0; i < REQUESTS; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            String[] body = body(i);
            int status = bot.requests.send(body[0], body[1], headers(kind, body[0])).status();
            tried.merge(kind, 1, Integer::sum);
            if (status == 401) {
                rejected.merge(kind, 1, Integer::sum);
            } else {
                otherStatuses.merge(status, 1, Integer::sum);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Thread.sleep(300);

        int total = rejected.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("Slack signatures: " + total + "/" + REQUESTS + " rejected with 401 ("
                + tried.keySet().stream().map(k -> k.name().toLowerCase().replace('_', ' ') + " "
                + rejected.getOrDefault(k, 0) + "/" + tried.get(k)).collect(Collectors.joining(", "))
                + ") in " + millis + " ms; Web API calls caused: " + (bot.slack.calls().size() - callsBefore));
        assertThat(otherStatuses).as("statuses other than 401").isEmpty();
        assertThat(total).isEqualTo(REQUESTS);
        assertThat(bot.slack.calls()).as("nothing reached the engine or Slack").hasSize(callsBefore);
        // The same endpoint answers a request Slack signed, so the 401s above are the signature check's doing.
        assertThat(bot.requests.send(body(0)[0], body(0)[1]).status()).isEqualTo(200);
    }

    /** A generated body and its content type: slash commands, events and button clicks from random users. */
    private String[] body(int i) {
        String user = "U" + randomAlphanumeric(8);
        String channel = "C" + randomAlphanumeric(8);
        return switch (i % 3) {
            case 0 -> new String[] {SignedRequests.slashCommand(channel, user, "fix " + (1 + random.nextInt(9)),
                    "https://hooks.slack.com/commands/T0/1/x", "trigger-" + i), FORM};
            case 1 -> new String[] {SignedRequests.event("Ev" + i, SignedRequests.message("D" + randomAlphanumeric(8), "im",
                    user, "my backup fails <!channel>", "1700000400.00000" + (i % 10), null)), JSON};
            default -> new String[] {SignedRequests.blockAction(channel, "1700000000.000001", "1700000000.000002", user,
                    "hb_choice_0", "hb1|" + user + "|1700000000.000001|start", "trigger-" + i), FORM};
        };
    }

    private Map<String, String> headers(Kind kind, String body) {
        long now = System.currentTimeMillis() / 1000;
        String ts = Long.toString(now);
        String valid = SignedRequests.sign(body, now, SignedRequests.SIGNING_SECRET);
        return switch (kind) {
            case FORGED -> random.nextBoolean()
                    ? Map.of("X-Slack-Request-Timestamp", ts, "X-Slack-Signature", "v0=" + randomHex(32))
                    : Map.of("X-Slack-Request-Timestamp", ts, "X-Slack-Signature", SignedRequests.sign(body, now, "guessed-secret"));
            case TAMPERED_BODY -> Map.of("X-Slack-Request-Timestamp", ts,
                    "X-Slack-Signature", SignedRequests.sign(body.replace("fails", "works").replace("fix", "fiz") + " ", now,
                            SignedRequests.SIGNING_SECRET));
            case REPLAYED -> {
                long old = now - 301 - random.nextInt(7 * 24 * 3600);
                yield Map.of("X-Slack-Request-Timestamp", Long.toString(old),
                        "X-Slack-Signature", SignedRequests.sign(body, old, SignedRequests.SIGNING_SECRET));
            }
            case MALFORMED_SIGNATURE -> Map.of("X-Slack-Request-Timestamp", ts, "X-Slack-Signature", malformed(valid));
            case MALFORMED_TIMESTAMP -> {
                String bad = random.nextBoolean() ? ts + ".5" : "yesterday";
                yield Map.of("X-Slack-Request-Timestamp", bad,
                        "X-Slack-Signature", new com.slack.api.app_backend.SlackSignature.Generator(
                                SignedRequests.SIGNING_SECRET).generate(bad, body));
            }
            case MISSING_SIGNATURE -> Map.of("X-Slack-Request-Timestamp", ts);
            case MISSING_TIMESTAMP -> Map.of("X-Slack-Signature", valid);
        };
    }

    /** The valid signature, broken in one of the ways a header can be malformed. */
    private String malformed(String valid) {
        String hex = valid.substring("v0=".length());
        return switch (random.nextInt(6)) {
            case 0 -> hex;                                        // no "v0=" prefix
            case 1 -> valid.substring(0, valid.length() - 1 - random.nextInt(20)); // too short
            case 2 -> valid + randomHex(1);                       // too long
            case 3 -> "v0=" + "zz" + hex.substring(2);            // not hex
            case 4 -> "v1=" + hex;                                // unknown version
            default -> "";                                        // empty
        };
    }

    private String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private String randomAlphanumeric(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
