package dev.helpbot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.core.channel.ChoiceToken;
import dev.helpbot.core.testing.ChannelContract;
import dev.helpbot.core.testing.ChannelUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;

/**
 * The channel contract through the real Bolt in HTTP mode and the fake Slack: a conversation starts with a mention
 * in the help channel and goes on in the thread under it; {@code /backup-help} starts a new thread, where it goes on;
 * hand-over summaries go to the staff channel.
 */
@Timeout(300)
class SlackChannelContractTest extends ChannelContract {

    private static final String CHANNEL = "C0HELP001";
    private static final String DESK = "C0DESK001";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    private static final Pattern LIVE = Pattern.compile("<[!@#]|<https?:|<mailto:");

    @Override
    protected ChannelUnderTest start(ChannelRuntime runtime) throws Exception {
        FakeSlackApi slack = new FakeSlackApi();
        return new OnFakeSlack(slack, HttpModeBot.startOn(slack, runtime, settings -> LoopbackSettings.withHandoffChannelId(settings, DESK)));
    }

    /** People on the fake Slack. */
    private static final class OnFakeSlack implements ChannelUnderTest {
        private final FakeSlackApi slack;
        private final HttpModeBot bot;
        /** Each person's thread; "pending" until the command that opened it is read back. */
        private final Map<String, String> threads = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();

        OnFakeSlack(FakeSlackApi slack, HttpModeBot bot) {
            this.slack = slack;
            this.bot = bot;
        }

        @Override
        public String personId(int n) {
            return String.format("U%08d", n);
        }

        @Override
        public void say(String person, String text) throws Exception {
            String thread = thread(person);
            String ts = nextTs();
            if (thread == null) {
                threads.put(person, ts);
                bot.requests.send(SignedRequests.event(eventId(), SignedRequests.mention(CHANNEL, person,
                        "<@" + FakeSlackApi.BOT_USER_ID + "> " + text, ts)), JSON);
            } else {
                bot.requests.send(SignedRequests.event(eventId(), SignedRequests.message(CHANNEL, "channel", person,
                        text, ts, thread)), JSON);
            }
        }

        @Override
        public void command(String person, String arguments) throws Exception {
            // Slack runs slash commands in channels, not threads: each one starts a new help thread.
            threads.put(person, "pending");
            String trigger = "contract-" + ids.incrementAndGet();
            bot.requests.send(SignedRequests.slashCommand(CHANNEL, person, arguments, slack.responseUrl(trigger), trigger),
                    FORM);
        }

        @Override
        public void press(String person, String choiceId) throws Exception {
            pressAs(person, person, choiceId);
        }

        @Override
        public void pressAs(String presser, String owner, String choiceId) throws Exception {
            thread(owner);
            List<FakeSlackApi.Call> posts = slack.calls("chat.postMessage");
            // The newest message with that button; for a choice never offered (a transcript may press a stale one),
            // the owner's newest message with buttons, as an outdated client would send it.
            for (boolean exactly : new boolean[] {true, false}) {
                for (int i = posts.size() - 1; i >= 0; i--) {
                    for (JsonObject button : SlackHttpModeEndToEndTest.buttons(posts.get(i))) {
                        ChoiceToken token = ChoiceToken.decode(button.get("value").getAsString()).orElseThrow();
                        if (token.ownerId().equals(owner) && (!exactly || token.choiceId().equals(choiceId))) {
                            String value = new ChoiceToken(owner, token.place(), choiceId).encode();
                            bot.requests.send(SignedRequests.blockAction(CHANNEL, posts.get(i).param("thread_ts"),
                                    "1700000999.000001", presser, button.get("action_id").getAsString(), value,
                                    "contract-" + ids.incrementAndGet(), posts.get(i).param("blocks")), FORM);
                            return;
                        }
                    }
                }
            }
            throw new AssertionError("the bot offered " + owner + " no buttons");
        }

        @Override
        public List<Posted> posted() {
            List<Posted> posted = new ArrayList<>();
            for (FakeSlackApi.Call call : slack.calls()) {
                switch (call.method()) {
                    case "chat.postMessage" -> posted.add(new Posted(sectionsOrText(call),
                            SlackHttpModeEndToEndTest.buttons(call).stream().map(b -> ChoiceToken.decode(
                                    b.get("value").getAsString()).orElseThrow().choiceId()).toList(),
                            DESK.equals(call.param("channel"))));
                    case "chat.postEphemeral" -> posted.add(new Posted(call.param("text"), List.of(), false));
                    case "response_url" -> posted.add(new Posted(JsonParser.parseString(call.body()).getAsJsonObject()
                            .get("text").getAsString(), List.of(), false));
                    default -> { }
                }
            }
            return posted;
        }

        @Override
        public List<String> wireTexts() {
            List<String> texts = new ArrayList<>();
            for (FakeSlackApi.Call call : slack.calls()) {
                // chat.update echoes the pressed message's own text back; its blocks are what the bot wrote.
                if (List.of("chat.postMessage", "chat.postEphemeral").contains(call.method())) {
                    texts.add(call.param("text"));
                }
                if (List.of("chat.postMessage", "chat.update").contains(call.method()) && call.param("blocks") != null) {
                    collect(JsonParser.parseString(call.param("blocks")), texts);
                } else if (call.method().equals("response_url")) {
                    collect(JsonParser.parseString(call.body()), texts);
                }
            }
            // Slack's own syntax is not prose: pings, mentions, channel links and a link's target.
            return texts.stream().map(text -> text.replaceAll("<[!@#][^>]*>", " ").replaceAll("<https?://[^|>]*\\|", "<"))
                    .toList();
        }

        @Override
        public List<String> liveMentionsAndLinks(Posted posted) {
            String text = posted.shownText();
            if (posted.forStaff()) {
                // The bot's own ping and first line (a link to the thread) are its own writing.
                text = text.replaceFirst("^<!subteam\\^" + HttpModeBot.SUPPORT_GROUP + "> [^\\n]*\\n", "");
            }
            List<String> live = new ArrayList<>();
            Matcher matcher = LIVE.matcher(text);
            while (matcher.find()) {
                live.add(matcher.group());
            }
            return live;
        }

        @Override
        public void close() {
            bot.close();
            slack.close();
        }

        private String thread(String person) {
            if ("pending".equals(threads.get(person))) {
                threads.put(person, slack.lastTopLevelTs());
            }
            return threads.get(person);
        }

        private String nextTs() {
            return String.format("1700001000.%06d", ids.incrementAndGet());
        }

        private String eventId() {
            return "Ev0CONTRACT" + ids.incrementAndGet();
        }

        private static String sectionsOrText(FakeSlackApi.Call call) {
            if (call.param("blocks") == null) {
                return call.param("text");
            }
            List<String> sections = new ArrayList<>();
            for (JsonElement block : JsonParser.parseString(call.param("blocks")).getAsJsonArray()) {
                JsonObject object = block.getAsJsonObject();
                if ("section".equals(object.get("type").getAsString())) {
                    sections.add(object.getAsJsonObject("text").get("text").getAsString());
                }
            }
            return String.join("\n", sections);
        }

        private static void collect(JsonElement json, List<String> texts) {
            if (json.isJsonArray()) {
                json.getAsJsonArray().forEach(element -> collect(element, texts));
            } else if (json.isJsonObject()) {
                for (Map.Entry<String, JsonElement> field : json.getAsJsonObject().entrySet()) {
                    if (field.getKey().equals("text") && field.getValue().isJsonPrimitive()) {
                        texts.add(field.getValue().getAsString());
                    } else {
                        collect(field.getValue(), texts);
                    }
                }
            }
        }
    }
}
