package dev.helpbot.core.nlu;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Encodings of training texts, kept so that training again (a content edit, a cross-validation fold)
 * encodes only the texts it has not seen. The build ships the encodings of every shipped example in
 * the jar; with {@code content.directory} set, the bot adds those of new examples and keeps them in
 * {@code nlu.cache_dir}. Keyed by the exact text and tied to one encoder model. Thread-safe.
 */
public final class EncodingStore {

    private static final int FILE_MAGIC = 0x48424e45;
    /** writeUTF's limit is 65,535 bytes; a training text this long is not worth keeping anyway. */
    private static final int MAX_STORED_LENGTH = 16_000;

    private final String modelId;
    private final int dimension;
    private final Map<String, float[]> vectors = new HashMap<>();

    public EncodingStore(String modelId, int dimension) {
        this.modelId = modelId;
        this.dimension = dimension;
    }

    public String modelId() {
        return modelId;
    }

    public synchronized int size() {
        return vectors.size();
    }

    /** What one {@link #encode} call did. */
    public record Encoded(List<float[]> vectors, int reused, int encoded) {
    }

    /** The encodings of {@code texts} in order: stored ones reused, the others encoded and stored. */
    public Encoded encode(List<String> texts, SentenceEncoder encoder) {
        if (!encoder.modelId().equals(modelId) || encoder.dimension() != dimension) {
            throw new IllegalArgumentException("this store holds " + modelId + " encodings, not " + encoder.modelId());
        }
        Set<String> missing = new LinkedHashSet<>();
        synchronized (this) {
            for (String text : texts) {
                if (!vectors.containsKey(text)) {
                    missing.add(text);
                }
            }
        }
        List<String> toEncode = new ArrayList<>(missing);
        List<float[]> fresh = toEncode.isEmpty() ? List.of() : encoder.encodeAll(toEncode);
        List<float[]> result = new ArrayList<>(texts.size());
        synchronized (this) {
            for (int i = 0; i < toEncode.size(); i++) {
                vectors.put(toEncode.get(i), fresh.get(i));
            }
            for (String text : texts) {
                result.add(vectors.get(text));
            }
        }
        return new Encoded(result, texts.size() - toEncode.size(), toEncode.size());
    }

    /** Adds every encoding of {@code other}, when it holds the same model's. */
    public synchronized EncodingStore addAll(EncodingStore other) {
        if (other.modelId.equals(modelId) && other.dimension == dimension) {
            synchronized (other) {
                other.vectors.forEach(vectors::putIfAbsent);
            }
        }
        return this;
    }

    /** A store holding only the encodings of {@code texts} that this one has. */
    public synchronized EncodingStore subset(List<String> texts) {
        EncodingStore subset = new EncodingStore(modelId, dimension);
        for (String text : texts) {
            float[] vector = vectors.get(text);
            if (vector != null) {
                subset.vectors.put(text, vector);
            }
        }
        return subset;
    }

    public synchronized void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeInt(FILE_MAGIC);
        out.writeUTF(modelId);
        out.writeInt(dimension);
        List<Map.Entry<String, float[]>> kept = vectors.entrySet().stream()
                .filter(entry -> entry.getKey().length() <= MAX_STORED_LENGTH).toList();
        out.writeInt(kept.size());
        for (Map.Entry<String, float[]> entry : kept) {
            out.writeUTF(entry.getKey());
            for (float v : entry.getValue()) {
                out.writeFloat(v);
            }
        }
        out.flush();
    }

    public static EncodingStore read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        if (in.readInt() != FILE_MAGIC) {
            throw new IOException("not a helpbot encoding store");
        }
        EncodingStore store = new EncodingStore(in.readUTF(), in.readInt());
        int count = in.readInt();
        if (store.dimension < 1 || store.dimension > 10_000 || count < 0) {
            throw new IOException("not a helpbot encoding store: " + count + " vectors of " + store.dimension);
        }
        for (int i = 0; i < count; i++) {
            String text = in.readUTF();
            float[] vector = new float[store.dimension];
            for (int j = 0; j < vector.length; j++) {
                vector[j] = in.readFloat();
            }
            store.vectors.put(text, vector);
        }
        return store;
    }

    /** Writes to a temporary file first, so that a crash never leaves half a store behind. */
    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            write(out);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
