package dev.helpbot.discord;

import static dev.helpbot.discord.fake.DiscordPayloads.BOT_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.HANDOFF_CHANNEL_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.SUPPORT_ROLE_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.TEXT_CHANNEL_ID;

import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.core.channel.ChoiceToken;
import dev.helpbot.core.testing.ChannelContract;
import dev.helpbot.core.testing.ChannelUnderTest;
import dev.helpbot.discord.fake.FakeDiscord;
import dev.helpbot.discord.fake.FakeDiscordRest;
import dev.helpbot.discord.fake.FakeDiscordRest.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Timeout;

/**
 * The channel contract through the real JDA and the fake Discord: a conversation starts with a mention in the help
 * channel, which opens its thread, and goes on there by typing, pressing buttons and running {@code /backup-help};
 * hand-over notes go to the staff channel.
 */
@Timeout(300)
class DiscordChannelContractTest extends ChannelContract {

    private static final Pattern LIVE_MENTION = Pattern.compile("@(everyone|here)|<@[!&]?\\d+>|<#\\d+>");
    private static final Pattern LIVE_LINK = Pattern.compile("(?<!\\\\)\\[[^\\]\\n]*(?<!\\\\)\\]\\(<?https?:|(?<![<(])https?://");
    private static final Pattern OPTION = Pattern.compile("(fix) (\\d+)|(restart)|(stats)");

    @Override
    protected ChannelUnderTest start(ChannelRuntime runtime) throws Exception {
        FakeDiscord discord = FakeDiscord.start();
        DiscordChannel channel = new DiscordChannel(TestSettings.withHandoffChannelId(discord.settings(), HANDOFF_CHANNEL_ID), runtime);
        channel.start();
        return new OnFakeDiscord(discord, channel);
    }

    /** People on the fake Discord. */
    private static final class OnFakeDiscord implements ChannelUnderTest {
        private final FakeDiscord discord;
        private final FakeDiscordRest rest;
        private final DiscordChannel channel;
        /** Each person's help thread, once the bot opened it; "pending" until the opening step is read back. */
        private final Map<String, String> threads = new ConcurrentHashMap<>();
        private final Map<String, String> channelOfToken = new ConcurrentHashMap<>();
        private final AtomicInteger tokens = new AtomicInteger();

        OnFakeDiscord(FakeDiscord discord, DiscordChannel channel) {
            this.discord = discord;
            this.rest = discord.rest();
            this.channel = channel;
        }

        @Override
        public String personId(int n) {
            return String.valueOf(600_000 + n);
        }

        @Override
        public void say(String person, String text) {
            Optional<String> thread = thread(person);
            if (thread.isPresent()) {
                discord.say(thread.get(), person, "p" + person, text);
            } else {
                threads.put(person, "pending");
                discord.say(TEXT_CHANNEL_ID, person, "p" + person, "<@" + BOT_ID + "> " + text);
            }
        }

        @Override
        public void command(String person, String arguments) {
            Matcher option = OPTION.matcher(arguments.strip());
            if (!arguments.isBlank() && !option.matches()) {
                // /backup-help has options, no free text: on Discord, describing the problem is a message.
                say(person, arguments);
                return;
            }
            DataArray options = DataArray.empty();
            if (option.matches() && option.group(1) != null) {
                options.add(DataObject.empty().put("name", "fix").put("type", 4).put("value", Integer.parseInt(option.group(2))));
            } else if (option.matches()) {
                options.add(DataObject.empty().put("name", option.group(3) != null ? "restart" : "stats").put("type", 5)
                        .put("value", true));
            }
            String token = "contract-" + tokens.incrementAndGet();
            Optional<String> thread = thread(person);
            channelOfToken.put(token, thread.orElse(TEXT_CHANNEL_ID));
            if (thread.isEmpty()) {
                threads.put(person, "pending");
            }
            discord.runSlashCommand(token, person, "p" + person, thread.orElse(TEXT_CHANNEL_ID), options);
        }

        @Override
        public void press(String person, String choiceId) {
            pressAs(person, person, choiceId);
        }

        @Override
        public void pressAs(String presser, String owner, String choiceId) {
            thread(owner);
            String wanted = ChoiceToken.of(owner, choiceId).encode();
            String ownersButtons = "hb1|" + owner + "|";
            List<Call> calls = messages();
            // The newest message with that button; for a choice never offered (a transcript may press a stale one),
            // the owner's newest message with buttons, as an outdated client would send it.
            Call pressed = null;
            for (int i = calls.size() - 1; i >= 0 && pressed == null; i--) {
                pressed = customIds(calls.get(i).body()).contains(wanted) ? calls.get(i) : null;
            }
            for (int i = calls.size() - 1; i >= 0 && pressed == null; i--) {
                pressed = customIds(calls.get(i).body()).stream().anyMatch(id -> id.startsWith(ownersButtons)) ? calls.get(i) : null;
            }
            if (pressed == null) {
                throw new AssertionError("the bot offered " + owner + " no buttons");
            }
            String token = "contract-" + tokens.incrementAndGet();
            String channelId = channelOf(pressed);
            channelOfToken.put(token, channelId);
            discord.clickButton(token, channelId, presser, "p" + presser, pressed.body(), wanted);
        }

        @Override
        public List<Posted> posted() {
            return messages().stream().map(call -> new Posted(call.body().getString("content", ""),
                    customIds(call.body()).stream().map(id -> ChoiceToken.decode(id).map(ChoiceToken::choiceId).orElse(id))
                            .toList(), HANDOFF_CHANNEL_ID.equals(channelOf(call)))).toList();
        }

        @Override
        public List<String> wireTexts() {
            List<String> texts = new ArrayList<>();
            for (Call call : rest.unclaimed(call -> call.text().startsWith("{") || call.text().startsWith("["))) {
                // A registered command's and options' names are identifiers; their descriptions are what people read.
                collect(call.text().startsWith("[") ? call.arrayBody() : call.body(), texts,
                        call.path().endsWith("/commands") ? List.of("description") : List.of("content", "label", "name"));
            }
            return texts;
        }

        @Override
        public List<String> liveMentionsAndLinks(Posted posted) {
            String text = posted.shownText();
            if (posted.forStaff()) {
                // The bot's own ping and first line ("Conversation with <@…> in <#…>") ping nobody: allowed_mentions.
                text = text.replace("<@&" + SUPPORT_ROLE_ID + ">", "").replaceFirst("^[^\\n]*\\n", "");
            }
            List<String> live = new ArrayList<>();
            for (Pattern pattern : List.of(LIVE_MENTION, LIVE_LINK)) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    live.add(matcher.group());
                }
            }
            if (text.contains("\n```") || text.contains("\n> ")) {
                live.add("markdown block");
            }
            return live;
        }

        @Override
        public void close() throws Exception {
            channel.close();
            discord.close();
        }

        /** The person's thread, reading back the one the bot just opened for them. */
        private Optional<String> thread(String person) {
            if ("pending".equals(threads.get(person))) {
                threads.put(person, rest.lastThreadId());
            }
            return Optional.ofNullable(threads.get(person));
        }

        /** The bot's messages: posted in a channel, or through an interaction's webhook. */
        private List<Call> messages() {
            return rest.unclaimed(call -> (call.method().equals("POST") && call.path().matches("channels/\\d+/messages"))
                    || (call.path().startsWith("webhooks/") && !call.method().equals("DELETE")
                    && call.text().startsWith("{") && call.body().hasKey("content")));
        }

        private String channelOf(Call call) {
            String[] parts = call.path().split("/");
            return parts[0].equals("channels") ? parts[1] : channelOfToken.getOrDefault(parts[2], TEXT_CHANNEL_ID);
        }

        private static List<String> customIds(DataObject body) {
            List<String> ids = new ArrayList<>();
            DataArray rows = body.optArray("components").orElse(DataArray.empty());
            for (int r = 0; r < rows.length(); r++) {
                DataArray buttons = rows.getObject(r).optArray("components").orElse(DataArray.empty());
                for (int b = 0; b < buttons.length(); b++) {
                    ids.add(buttons.getObject(b).getString("custom_id", ""));
                }
            }
            return ids;
        }

        private static void collect(Object json, List<String> texts, List<String> keys) {
            if (json instanceof DataObject object) {
                for (String key : object.keys()) {
                    if (keys.contains(key) && !object.isNull(key)
                            && object.isType(key, net.dv8tion.jda.api.utils.data.DataType.STRING)) {
                        texts.add(object.getString(key));
                    } else if (object.isType(key, net.dv8tion.jda.api.utils.data.DataType.OBJECT)) {
                        collect(object.getObject(key), texts, keys);
                    } else if (object.isType(key, net.dv8tion.jda.api.utils.data.DataType.ARRAY)) {
                        collect(object.getArray(key), texts, keys);
                    }
                }
            } else if (json instanceof DataArray array) {
                for (int i = 0; i < array.length(); i++) {
                    if (array.isType(i, net.dv8tion.jda.api.utils.data.DataType.OBJECT)) {
                        collect(array.getObject(i), texts, keys);
                    }
                }
            }
        }
    }
}
