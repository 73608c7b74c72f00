package dev.helpbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.discord.fake.FakeDiscordRest.Call;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** Reading the message requests JDA sent to the fake Discord. */
final class DiscordRequests {

    private DiscordRequests() {
    }

    static String content(Call call) {
        return call.body().getString("content");
    }

    static List<String> customIds(Call call) {
        List<String> ids = new ArrayList<>();
        DataArray rows = call.body().optArray("components").orElse(DataArray.empty());
        for (int r = 0; r < rows.length(); r++) {
            DataArray buttons = rows.getObject(r).getArray("components");
            for (int b = 0; b < buttons.length(); b++) {
                ids.add(buttons.getObject(b).getString("custom_id"));
            }
        }
        return ids;
    }

    /** The message may ping nobody: allowed_mentions.parse is empty and no role or user is listed. */
    static void assertNoPings(Call call) {
        DataObject allowed = call.body().getObject("allowed_mentions");
        assertThat(allowed.getArray("parse").isEmpty()).as("allowed_mentions.parse of " + call).isTrue();
        assertThat(allowed.optArray("roles").map(DataArray::isEmpty).orElse(true)).as("roles of " + call).isTrue();
        assertThat(allowed.optArray("users").map(DataArray::isEmpty).orElse(true)).as("users of " + call).isTrue();
    }

    /** The flags of an interaction callback's message, 0 when absent. */
    static int callbackFlags(Call callback) {
        return callback.body().optObject("data").map(data -> data.getInt("flags", 0)).orElse(0);
    }
}
