package dev.helpbot.core.channel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Told of every answer a channel's platform API gave, so metrics can count errors and rate limits by platform and
 * method. Adapters report from their HTTP client (an interceptor), which sees each try, including those the client
 * library repeats by itself after a 429 (JDA does). Implementations must be fast, thread-safe, and must not throw.
 */
@FunctionalInterface
public interface PlatformCalls {

    PlatformCalls NONE = (platform, method, outcome) -> { };

    /** How one call ended. */
    enum Outcome {
        OK,
        /** 429: the platform asks to wait. */
        RATE_LIMITED,
        /** Any other 4xx, or an {@code "ok": false} answer: the call was wrong for the platform (scope, channel…). */
        CLIENT_ERROR,
        /** 5xx: the platform itself failed. */
        SERVER_ERROR
    }

    /**
     * @param platform e.g. {@code discord}
     * @param method   the call with its ids written as {@code {id}} ({@link #method}), e.g. {@code POST chat.postMessage}
     */
    void answered(String platform, String method, Outcome outcome);

    /** Ids, tokens and API versions in a path: a segment with a digit in it, or too long to be a word. */
    Pattern VARIABLE_SEGMENT = Pattern.compile(".*\\d.*|.{33,}");

    /**
     * The call's name for metrics, one per route rather than one per channel or message: the HTTP method and the path
     * after {@code api/} and its version, each id written {@code {id}}, e.g. {@code POST channels/{id}/messages} for
     * Discord and {@code POST chat.postMessage} for Slack.
     */
    static String method(String httpMethod, String path) {
        List<String> kept = new ArrayList<>();
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean prefix = kept.isEmpty() && (segment.equals("api") || segment.matches("v\\d+"));
            if (!segment.isEmpty() && !prefix) {
                kept.add(VARIABLE_SEGMENT.matcher(segment).matches() ? "{id}" : segment);
            }
        }
        return httpMethod + " " + String.join("/", kept);
    }

    /**
     * How an HTTP answer ended: 429 is a rate limit, 5xx the platform's error, another 4xx the caller's, and so is a
     * JSON body that says {@code "ok":false} (Slack answers its errors with 200 and that flag).
     *
     * @param body the start of the answer's body, or null when the caller does not read it
     */
    static Outcome outcome(int status, String body) {
        if (status == 429) {
            return Outcome.RATE_LIMITED;
        }
        if (status >= 500) {
            return Outcome.SERVER_ERROR;
        }
        return status >= 400 || body != null && body.replace(" ", "").contains("\"ok\":false") ? Outcome.CLIENT_ERROR
                : Outcome.OK;
    }

    /** Reports one HTTP answer: {@link #method} and {@link #outcome} of it. */
    default void answered(String platform, String httpMethod, String path, int status, String body) {
        answered(platform, method(httpMethod, path), outcome(status, body));
    }

    /** Reads something off a client library's response. */
    @FunctionalInterface
    interface Read<R, T> {
        T from(R response) throws IOException;
    }

    /**
     * Reports {@code response} and gives it back, so that an HTTP client's interceptor is one expression:
     * {@code chain -> calls.counted("discord", method, path, chain.proceed(request), Response::code, r -> null)}.
     *
     * @param body the start of the body, for platforms that answer errors with 200 (null: not read)
     */
    default <R> R counted(String platform, String httpMethod, String path, R response, Read<R, Integer> status,
                          Read<R, String> body) throws IOException {
        try {
            answered(platform, httpMethod, path, status.from(response), body.from(response));
        } catch (RuntimeException e) {
            // Counting must never cost a platform call.
        }
        return response;
    }
}
