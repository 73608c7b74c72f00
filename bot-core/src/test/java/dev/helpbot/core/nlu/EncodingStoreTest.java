package dev.helpbot.core.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingStoreTest {

    /** Encodes a text as (length, 1), and remembers what it was asked. */
    private static final class CountingEncoder implements SentenceEncoder {
        final List<String> asked = new ArrayList<>();

        @Override
        public String modelId() {
            return "counting";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public synchronized float[] encode(String text) {
            asked.add(text);
            return new float[] {text.length(), 1};
        }
    }

    @Test
    void encode_twice_encodesOnlyTextsNotSeenBefore() {
        CountingEncoder encoder = new CountingEncoder();
        EncodingStore store = new EncodingStore("counting", 2);

        EncodingStore.Encoded first = store.encode(List.of("a", "bb", "a"), encoder);
        EncodingStore.Encoded second = store.encode(List.of("bb", "ccc"), encoder);

        assertThat(encoder.asked).containsExactly("a", "bb", "ccc");
        assertThat(first.encoded()).isEqualTo(2);
        assertThat(second.reused()).isEqualTo(1);
        assertThat(second.vectors().get(1)).containsExactly(3, 1);
    }

    @Test
    void saveThenRead_keepsEveryEncoding(@TempDir Path directory) throws IOException {
        CountingEncoder encoder = new CountingEncoder();
        EncodingStore store = new EncodingStore("counting", 2);
        store.encode(List.of("hello", "world!"), encoder);
        Path file = directory.resolve("cache/encodings.bin");

        store.save(file);
        EncodingStore read;
        try (InputStream in = Files.newInputStream(file)) {
            read = EncodingStore.read(in);
        }

        assertThat(read.size()).isEqualTo(2);
        read.encode(List.of("hello", "world!"), encoder);
        assertThat(encoder.asked).hasSize(2);
    }

    @Test
    void encode_withAnotherModel_isRefused() {
        EncodingStore store = new EncodingStore("some-model", 2);
        assertThatThrownBy(() -> store.encode(List.of("x"), new CountingEncoder()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("some-model");
    }
}
