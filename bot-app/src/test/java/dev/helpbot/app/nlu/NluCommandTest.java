package dev.helpbot.app.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpbot.app.cli.NluCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code helpbot nlu} end to end on tiny fixtures, with the real default classifier. */
class NluCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRAIN = TsvDatasetTest.FIXTURES.resolve("train.tsv").toString();
    private static final String TEST = TsvDatasetTest.FIXTURES.resolve("test.tsv").toString();

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new CommandLine(new NluCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    @Test
    void eval_json_printsOneObjectWithEveryDocumentedKey_andProgressOnlyOnStderr() throws IOException {
        Result result = run("eval", "--train", TRAIN, "--test", TEST, "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip().lines()).hasSize(1);
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.fieldNames()).toIterable().contains("in_scope_accuracy", "oos_recall", "oos_precision",
                "macro_f1", "train_ms", "classify_per_sec", "per_intent", "top_confusions");
        assertThat(json.get("in_scope_accuracy").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("classify_per_sec").asDouble()).isPositive();
        assertThat(json.get("per_intent")).hasSize(3);
        assertThat(json.get("per_intent").get(0).get("intent").asText()).isEqualTo("bye");
        assertThat(json.get("rows").asInt()).isEqualTo(12);
        // Not a terminal under test: plain progress lines, on stderr.
        assertThat(result.err()).contains("training on 24 rows...");
    }

    @Test
    void eval_text_showsHeadlineTableAndConfusions() {
        Result result = run("eval", "--train", TRAIN, "--test", TEST, "--threshold-sweep");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("in-scope accuracy", "oos recall", "oos precision", "macro-F1",
                "training time", "classifications/s", "Per intent", "Most confused", "Threshold sweep");
    }

    @Test
    void eval_testSetWithoutOosRows_printsOosFiguresAsNull() throws IOException {
        Result result = run("eval", "--train", TRAIN, "--test",
                TsvDatasetTest.FIXTURES.resolve("test-no-oos.tsv").toString(), "--json");

        JsonNode json = JSON.readTree(result.out());
        assertThat(json.get("oos_recall").isNull()).isTrue();
        assertThat(json.get("oos_precision").isNull()).isTrue();
        assertThat(run("eval", "--train", TRAIN, "--test",
                TsvDatasetTest.FIXTURES.resolve("test-no-oos.tsv").toString()).out()).contains("n/a");
    }

    @Test
    void eval_badFile_exits2WithFileAndLine_andNothingOnStdout() {
        Path bad = TsvDatasetTest.FIXTURES.resolve("missing-tab.tsv");
        Result result = run("eval", "--train", TRAIN, "--test", bad.toString(), "--json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(bad + ":3:");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void eval_missingFileOrHalfTheFiles_exits2() {
        Result missing = run("eval", "--train", "no/such/train.tsv", "--test", TEST);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no/such/train.tsv: file not found");

        assertThat(run("eval", "--train", TRAIN).exitCode()).isEqualTo(2);
        assertThat(run("eval", "--train", TRAIN, "--test", TEST, "--threshold", "1.5").exitCode()).isEqualTo(2);
    }

    @Test
    void eval_report_writesOneSelfContainedPageWithEverySection(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.html");
        // Three rows whose label contradicts their words, so there are confusions to draw.
        String test = TsvDatasetTest.FIXTURES.resolve("test-with-errors.tsv").toString();
        Result result = run("eval", "--train", TRAIN, "--test", test, "--report", report.toString(), "--json");

        assertThat(result.exitCode()).isZero();
        JSON.readTree(result.out()); // the report note went to stderr, stdout is still one JSON object
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<section id=\"headline\">",
                "<section id=\"heatmap\">", "<svg class=\"heatmap\"", "<section id=\"histogram\">",
                "<svg class=\"histogram\"", "<section id=\"per-intent\">", "<table class=\"sortable\">",
                "in-scope accuracy", "</html>");
        assertThat(html).doesNotContainIgnoringCase("http://").doesNotContainIgnoringCase("https://")
                .doesNotContain("<link").doesNotContain("src=");
    }

    @Test
    void cv_json_reportsEveryFoldAndPooledFigures() throws IOException {
        Result result = run("cv", "--data", TRAIN, "--folds", "3", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.get("folds").asInt()).isEqualTo(3);
        assertThat(json.get("fold_accuracies")).hasSize(3);
        assertThat(json.get("rows").asInt()).isEqualTo(24);
        assertThat(json.has("in_scope_accuracy") && json.has("mean_fold_accuracy") && json.has("macro_f1")).isTrue();
        assertThat(result.err()).contains("fold 1/3 done", "fold 3/3 done");
        assertThat(run("cv", "--data", TRAIN, "--folds", "1").exitCode()).isEqualTo(2);
    }

    @Test
    void eval_withoutFiles_scoresTheShippedIntentsOnAHeldOutSplit() throws IOException {
        Result result = run("eval", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.get("oos_label").asText()).isEqualTo("out_of_scope");
        assertThat(json.get("source").asText()).contains("shipped intents");
        assertThat(json.get("oos_rows").asInt()).isPositive();
        assertThat(json.get("in_scope_accuracy").asDouble()).isGreaterThan(0.5);
    }
}
