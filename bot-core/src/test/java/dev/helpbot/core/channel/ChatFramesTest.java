package dev.helpbot.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The frames of {@code chat --json}, as the console reads them (users named) and the web chat (no user). */
class ChatFramesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConversationKey KEY = new ConversationKey("web", "-", "s", "s");

    private static ChatFrames.Frame web(String frame) {
        return ChatFrames.read(frame, null, List.of("contact"));
    }

    @Test
    void notAJsonObject_isTheFramesText() {
        assertThat(web("hello {").message(KEY).text()).isEqualTo("hello {");
        assertThat(web("[1, 2]").message(KEY).text()).isEqualTo("[1, 2]");
        assertThat(ChatFrames.read("plain", "console", List.of()).user()).isEqualTo("console");
    }

    @Test
    void eachKind_becomesItsMessage() {
        assertThat(web("{\"choice\": \"worked:4\"}").message(KEY).choiceId()).isEqualTo("worked:4");
        assertThat(web("{\"command\": \"fix 4\"}").message(KEY).command().arguments()).isEqualTo("fix 4");
        IncomingMessage typedCommand = web("{\"text\": \"/backup-help fix 6\"}").message(KEY);
        assertThat(typedCommand.command().arguments()).isEqualTo("fix 6");
        assertThat(web("{\"contact\": \"a@b.example\"}")).extracting(ChatFrames.Frame::kind, ChatFrames.Frame::value)
                .containsExactly("contact", "a@b.example");
    }

    @Test
    void wrongShape_isAnErrorNamingTheField() {
        assertThat(web("{\"text\": 5}").error()).contains("`text`");
        assertThat(web("{}").error()).contains("one of");
        assertThat(web("{\"text\": \"a\", \"choice\": \"b\"}").error()).contains("only one");
        assertThat(web("{\"user\": \"u1\", \"text\": \"a\"}").error()).contains("`user`");
        assertThat(ChatFrames.read("{\"contact\": \"a@b\"}", "console", List.of()).error())
                .as("a kind the channel does not take").contains("one of");
    }

    @Test
    void errorFrames_nameTheUserOnlyWhereFramesNameUsers() throws Exception {
        JsonNode console = JSON.readTree(ChatFrames.error(ChatFrames.read("{\"text\": 1}", "console", List.of()), true));
        assertThat(console.get("user").asText()).isEqualTo("console");
        JsonNode badUser = JSON.readTree(ChatFrames.error(ChatFrames.read("{\"user\": 1}", "console", List.of()), true));
        assertThat(badUser.get("user").isNull()).isTrue();
        JsonNode onTheWeb = JSON.readTree(ChatFrames.error(web("{}"), false));
        assertThat(onTheWeb.has("user")).isFalse();
        assertThat(onTheWeb.get("error").asText()).isNotBlank();
    }

    @Test
    void reply_carriesEveryFieldOfTheProtocol() throws Exception {
        Reply reply = new Reply("**Fix 4**", List.of(new Choice("worked:4", "Yes")), ConversationStatus.CLARIFY, 4,
                "storage_full", 0.98765, Optional.of(new Handoff(Handoff.Reason.REQUESTED, "summary")));
        JsonNode web = JSON.readTree(ChatFrames.reply(null, reply));
        assertThat(web.has("user")).isFalse();
        assertThat(web.get("state").asText()).isEqualTo("clarify");
        assertThat(web.get("fix").asInt()).isEqualTo(4);
        assertThat(web.get("intent").asText()).isEqualTo("storage_full");
        assertThat(web.get("confidence").asDouble()).isEqualTo(0.988);
        assertThat(web.get("choices").get(0).get("id").asText()).isEqualTo("worked:4");
        assertThat(web.get("handoff").asText()).isEqualTo("summary");
        assertThat(JSON.readTree(ChatFrames.reply("u1", reply)).get("user").asText()).isEqualTo("u1");
    }

    @Test
    void object_writesStringFieldsEscaped() throws Exception {
        JsonNode notice = JSON.readTree(ChatFrames.object(Map.of("notice", "say \"hi\"\n</script>")));
        assertThat(notice.get("notice").asText()).isEqualTo("say \"hi\"\n</script>");
    }
}
