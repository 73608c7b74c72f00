package dev.helpbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.helpbot.core.channel.HttpIntake;
import java.util.Map;

/**
 * Slack's HTTP mode on the kit's {@link HttpIntake}: each POST goes through Bolt's request parser into
 * {@code app.run}, whose verification middleware answers forged, stale or unsigned requests with 401 before any
 * handler runs.
 */
final class SlackHttpBridge {

    private SlackHttpBridge() {
    }

    static HttpIntake start(App app, String bindAddress, int port, String path) throws java.io.IOException {
        SlackRequestParser parser = new SlackRequestParser(app.config());
        return HttpIntake.start(bindAddress, port, path, "helpbot-slack-http", post -> {
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(post.path())
                    .queryString(post.rawQuery() == null || post.rawQuery().isEmpty() ? Map.of()
                            : QueryStringParser.toMap(post.rawQuery()))
                    .headers(new RequestHeaders(post.headers())).requestBody(post.body())
                    .remoteAddress(post.remoteAddress()).build());
            Response response = request == null ? Response.builder().statusCode(400).body("").build() : app.run(request);
            return new HttpIntake.Answer(response.getStatusCode(), response.getContentType(), response.getHeaders(),
                    response.getBody());
        });
    }
}
