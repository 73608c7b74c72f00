package dev.helpbot.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helpbot.core.Markup;
import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.core.testing.ChannelContract;
import dev.helpbot.core.testing.ChannelUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;

/**
 * The channel contract through the web chat's WebSocket, with an independent client (Java-WebSocket) for each person,
 * as the page would talk: text, choices and commands as frames; at a hand-over the person leaves a contact, as the
 * page asks, and the note goes to a staff desk.
 */
@Timeout(300)
class WebChannelContractTest extends ChannelContract {

    /** An operator's setting rather than the bot's content, so the keys-only run leaves it out of the prose check. */
    static final String HANDOFF_MESSAGE = "Thanks: the support team will write to you.";
    static final String CONTACT = "person@example.com";
    /** What the page would act on: a link (only the bot's markup makes one) or anything shaped like an HTML tag. */
    private static final Pattern HTML = Pattern.compile("<[A-Za-z/!?]");

    @Override
    protected ChannelUnderTest start(ChannelRuntime runtime) throws Exception {
        OnTheWeb people = new OnTheWeb();
        WebChannel web = new WebChannel(WebSettings.local(HANDOFF_MESSAGE), runtime, people.desk);
        web.start();
        people.web = web;
        return people;
    }

    /** People with a socket each; everything the bot sent them, and the staff, in the order it arrived. */
    private static final class OnTheWeb implements ChannelUnderTest {
        private final List<Posted> posted = new CopyOnWriteArrayList<>();
        private final List<String> wire = new CopyOnWriteArrayList<>();
        private final Map<String, WebChatClient> sockets = new ConcurrentHashMap<>();
        private final Map<String, List<String>> offered = new ConcurrentHashMap<>();
        private final FakeStaffDesk desk = new FakeStaffDesk(note -> {
            posted.add(new Posted(note.from() + "\n" + note.summary(), List.of(), true));
            wire.addAll(List.of(note.from(), note.summary()));
        });
        private final AtomicInteger messagesSent = new AtomicInteger();
        private final AtomicInteger answersReceived = new AtomicInteger();
        private volatile int handoffs;
        private volatile int handoffMessages;
        private WebChannel web;

        @Override
        public String personId(int n) {
            return String.format("00000000-0000-4000-8000-%012d", n);
        }

        @Override
        public void say(String person, String text) throws Exception {
            sendMessage(person, "text", text);
        }

        @Override
        public void command(String person, String arguments) throws Exception {
            sendMessage(person, "command", arguments);
        }

        /** A page can send any choice id; a person presses only after the bot offered them buttons. */
        @Override
        public void press(String person, String choiceId) throws Exception {
            settle();
            if (offered.getOrDefault(person, List.of()).isEmpty()) {
                throw new AssertionError("the bot offered " + person + " no buttons");
            }
            sendMessage(person, "choice", choiceId);
        }

        @Override
        public void pressAs(String presser, String owner, String choiceId) {
            throw new UnsupportedOperationException("on the web, whoever holds the session is its person");
        }

        @Override
        public boolean sharesPlaces() {
            return false;
        }

        /**
         * Once every message sent so far was answered (a reply, or the apology) and every hand-over reached the staff and
         * its person was told, as after the page's contact step: frames cross a real socket, so they may still be on
         * their way when the kit reports a delivery done.
         */
        @Override
        public List<Posted> posted() {
            settle();
            return List.copyOf(posted);
        }

        @Override
        public List<String> wireTexts() {
            return List.copyOf(wire);
        }

        @Override
        public List<String> liveMentionsAndLinks(Posted post) {
            List<String> live = new ArrayList<>();
            for (String line : post.shownText().split("\n", -1)) {
                Markup.parse(line).stream().filter(span -> span.kind() == Markup.Span.Kind.LINK)
                        .forEach(span -> live.add(span.url()));
            }
            Matcher tags = HTML.matcher(post.shownText());
            while (tags.find()) {
                live.add(tags.group());
            }
            return live;
        }

        @Override
        public void close() throws Exception {
            for (WebChatClient socket : sockets.values()) {
                socket.closeBlocking();
            }
            web.close();
        }

        private void settle() {
            long deadline = System.nanoTime() + 20_000_000_000L;
            while ((answersReceived.get() < messagesSent.get() || desk.notes.size() < handoffs || handoffMessages < handoffs)
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        }

        private void sendMessage(String person, String kind, String value) throws InterruptedException {
            WebChatClient client = socket(person);
            messagesSent.incrementAndGet();
            client.sendJson(kind, value);
        }

        private WebChatClient socket(String person) throws InterruptedException {
            WebChatClient existing = sockets.get(person);
            if (existing != null) {
                return existing;
            }
            WebChatClient client = new WebChatClient(web.port(), person, Map.of(), frame -> arrived(person, frame));
            if (!client.connectBlocking()) {
                throw new IllegalStateException("the web chat refused " + person);
            }
            sockets.put(person, client);
            return client;
        }

        private void arrived(String person, JsonNode frame) {
            if (frame.has("state")) {
                List<String> choices = new ArrayList<>();
                frame.get("choices").forEach(choice -> {
                    choices.add(choice.get("id").asText());
                    wire.add(choice.get("label").asText());
                });
                offered.put(person, choices);
                wire.add(frame.get("text").asText());
                posted.add(new Posted(frame.get("text").asText(), choices, false));
                if (frame.has("handoff")) {
                    handoffs++;
                    sockets.get(person).sendJson("contact", CONTACT);
                }
                answersReceived.incrementAndGet();
            } else if (frame.has("notice")) {
                String notice = frame.get("notice").asText();
                posted.add(new Posted(notice, List.of(), false));
                // Counted once recorded: posted() waits on these counts.
                if (notice.equals(HANDOFF_MESSAGE)) {
                    handoffMessages++;
                } else {
                    wire.add(notice);
                    answersReceived.incrementAndGet();
                }
            } else {
                throw new AssertionError(person + " got a frame the contract never causes: " + frame);
            }
        }
    }
}
