package dev.helpbot.web;

import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.ChatFrames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The page and its files, from {@code helpbot-web/} on the class path: everything the chat needs comes from here, no
 * CDN or outside font. The page's words from {@code responses.yaml} are written into the scripts as a JSON object
 * where they say {@code TEXTS}, so the page sets them as text. A Content-Security-Policy lets the page run only its
 * own script and style, talk only to its own server, and be framed only by the allowed sites.
 */
final class WebPage extends Handler.Abstract.NonBlocking {

    private static final String TEXTS = "/*TEXTS*/{}";
    private static final Map<String, String> TYPES = Map.of("/", "text/html", "/chat.js", "text/javascript",
            "/chat.css", "text/css", "/widget.js", "text/javascript");

    private final Map<String, byte[]> files;
    private final Map<String, String> headers;

    WebPage(ChannelTexts texts, List<String> allowedOrigins) {
        String words = ChatFrames.object(texts.webPage());
        this.files = Map.of("/", read("page.html", words), "/chat.js", read("chat.js", words),
                "/chat.css", read("chat.css", words), "/widget.js", read("widget.js", words));
        String framers = allowedOrigins.contains("*") ? "*" : String.join(" ", allowedOrigins);
        this.headers = Map.of("Content-Security-Policy", ("default-src 'none'; script-src 'self'; style-src 'self';"
                + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self' "
                + framers).strip(), "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer",
                "Cache-Control", "no-cache");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        byte[] body = files.get(path);
        if (body == null || !HttpMethod.GET.is(request.getMethod())) {
            return false;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TYPES.get(path) + "; charset=utf-8");
        headers.forEach(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private static byte[] read(String name, String words) {
        try (InputStream in = WebPage.class.getResourceAsStream("/helpbot-web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("helpbot-web/" + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(TEXTS, words)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
