package dev.helpbot.app.nlu;

import dev.helpbot.core.content.LabeledText;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code label<TAB>text} lines (UTF-8). Blank lines are skipped; anything else that is not a
 * label, a tab and a text stops the run, because a silently dropped row skews every figure after it.
 */
public final class TsvDataset {

    private TsvDataset() {
    }

    public static List<LabeledText> read(Path file) {
        List<LabeledText> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // editors on Windows write a byte-order mark
                }
                if (line.isBlank()) {
                    continue;
                }
                rows.add(parse(file, number, line));
            }
        } catch (NoSuchFileException e) {
            throw new DatasetException(file + ": file not found");
        } catch (CharacterCodingException e) {
            throw new DatasetException(file + ": not valid UTF-8", e);
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (rows.isEmpty()) {
            throw new DatasetException(file + ": no rows (expected label<TAB>text lines)");
        }
        return rows;
    }

    private static LabeledText parse(Path file, int number, String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            throw new DatasetException(file + ":" + number + ": no tab; expected label<TAB>text");
        }
        String label = line.substring(0, tab).strip();
        String text = line.substring(tab + 1).strip();
        if (label.isEmpty()) {
            throw new DatasetException(file + ":" + number + ": empty label; expected label<TAB>text");
        }
        if (text.isEmpty()) {
            throw new DatasetException(file + ":" + number + ": empty text; expected label<TAB>text");
        }
        return new LabeledText(label, text);
    }
}
