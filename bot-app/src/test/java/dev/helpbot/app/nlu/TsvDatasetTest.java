package dev.helpbot.app.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpbot.core.content.LabeledText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvDatasetTest {

    static final Path FIXTURES = Path.of("src/test/resources/nlu");

    @Test
    void read_skipsBlankLines_andKeepsOrder() {
        List<LabeledText> rows = TsvDataset.read(FIXTURES.resolve("train.tsv"));

        assertThat(rows).hasSize(24);
        assertThat(rows.get(0)).isEqualTo(new LabeledText("weather", "what is the weather like today"));
        assertThat(rows.get(6)).isEqualTo(new LabeledText("greeting", "hello there"));
    }

    @Test
    void read_lineWithoutTab_namesFileAndLine() {
        Path file = FIXTURES.resolve("missing-tab.tsv");

        assertThatThrownBy(() -> TsvDataset.read(file)).isInstanceOf(DatasetException.class)
                .hasMessageContaining(file + ":3:").hasMessageContaining("no tab");
    }

    @Test
    void read_emptyLabelOrText_namesFileAndLine() {
        assertThatThrownBy(() -> TsvDataset.read(FIXTURES.resolve("empty-label.tsv")))
                .hasMessageContaining("empty-label.tsv:2:").hasMessageContaining("empty label");
        assertThatThrownBy(() -> TsvDataset.read(FIXTURES.resolve("empty-text.tsv")))
                .hasMessageContaining("empty-text.tsv:2:").hasMessageContaining("empty text");
    }

    @Test
    void read_missingFile_saysSo() {
        Path file = FIXTURES.resolve("no-such-file.tsv");

        assertThatThrownBy(() -> TsvDataset.read(file)).isInstanceOf(DatasetException.class)
                .hasMessage(file + ": file not found");
    }

    @Test
    void read_utf8WithByteOrderMark_keepsAccentsAndDropsTheMark(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.tsv");
        Files.writeString(file, "\uFEFFcaf\u00e9\tun caf\u00e9 cr\u00e8me \uD83D\uDE00\n", StandardCharsets.UTF_8);

        assertThat(TsvDataset.read(file)).containsExactly(new LabeledText("caf\u00e9", "un caf\u00e9 cr\u00e8me \uD83D\uDE00"));
    }

    @Test
    void read_invalidUtf8_isABadFileNotACrash(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.tsv");
        Files.write(file, new byte[] {'a', '\t', 'c', 'a', 'f', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> TsvDataset.read(file)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("UTF-8");
    }
}
