package dev.helpbot.app.nlu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

/**
 * One self-contained HTML page: headline tiles, a heatmap of the most-confused intents, a confidence
 * histogram and the per-intent table. Styles, charts (inline SVG) and the table-sorting script are all
 * inline, with no fonts or scripts fetched, so the file can be mailed, archived or opened offline.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;margin:0;background:#f3f4f6}
            main{max-width:1200px;margin:0 auto;padding:24px 32px 48px}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:18px;margin:0 0 4px}
            .sub,.note{color:#6b7280;margin:0 0 12px}
            section{background:#fff;border-radius:10px;padding:20px 24px;margin:18px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
            #headline{display:flex;flex-wrap:wrap;gap:14px;background:none;box-shadow:none;padding:0}
            .tile{background:#fff;border-radius:10px;padding:14px 18px;min-width:150px;flex:1;box-shadow:0 1px 3px rgba(0,0,0,.08);border-top:4px solid #9ca3af}
            .tile .value{font-size:30px;font-weight:650}.tile .name{color:#6b7280}.tile .detail{color:#9ca3af;font-size:12px}
            .good{border-top-color:#16a34a}.fair{border-top-color:#f59e0b}.poor{border-top-color:#dc2626}
            .row{display:flex;flex-wrap:wrap;gap:28px;align-items:flex-start}
            svg text{font:12px system-ui,sans-serif;fill:#374151}
            svg .cell{text-anchor:middle;font-weight:600;fill:#111827}svg .on-dark{fill:#fff}
            svg .muted{fill:#9ca3af}svg .axis-title{font-weight:600}svg .bar-count{font-size:10px;text-anchor:middle;fill:#4b5563}
            svg .grid{stroke:#e5e7eb}svg .axis{stroke:#6b7280}svg .threshold{stroke:#111827;stroke-dasharray:4 3}
            table{border-collapse:collapse;width:100%}th,td{padding:4px 10px;text-align:right;border-bottom:1px solid #f0f1f3}
            th{cursor:pointer;user-select:none;background:#f9fafb;position:sticky;top:0}th:first-child,td:first-child{text-align:left}
            td.f1{width:220px;text-align:left}.bar{display:inline-block;height:10px;border-radius:2px;margin-right:8px;vertical-align:middle}
            table.confusions{width:auto;margin-top:40px}.confusions td{border:none;padding:2px 8px}.confusions td{text-align:left}.confusions td:first-child{text-align:right;font-weight:600}
            """;

    private static final String SORT_SCRIPT = """
            document.querySelectorAll('table.sortable th').forEach(function (th, column) {
              th.addEventListener('click', function () {
                var body = th.closest('table').tBodies[0];
                var rows = Array.from(body.rows);
                var ascending = th.dataset.order !== 'asc';
                th.dataset.order = ascending ? 'asc' : 'desc';
                rows.sort(function (a, b) {
                  var x = a.cells[column].dataset.v || a.cells[column].textContent;
                  var y = b.cells[column].dataset.v || b.cells[column].textContent;
                  var nx = parseFloat(x), ny = parseFloat(y);
                  var c = isNaN(nx) || isNaN(ny) ? x.localeCompare(y) : nx - ny;
                  return ascending ? c : -c;
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
            """;

    private HtmlReport() {
    }

    public static void write(EvalOutcome outcome, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, render(outcome), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot write the report (" + e.getMessage() + ")", e);
        }
    }

    public static String render(EvalOutcome outcome) {
        NluMetrics m = outcome.metrics();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(outcome.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(escape(outcome.title())).append("</h1>\n")
                .append("<p class=\"sub\">").append(escape(outcome.source())).append(" \u00b7 out-of-scope label <b>")
                .append(escape(outcome.rule().oosLabel())).append("</b> \u00b7 threshold ")
                .append(fmt("%.2f", outcome.rule().threshold())).append("</p>\n");
        html.append("<section id=\"headline\">\n")
                .append(tile("in-scope accuracy", m.inScopeAccuracy(), m.inScopeCorrect() + " of " + m.inScopeRows()))
                .append(tile("out-of-scope recall", m.oosRecall(), m.oosCaught() + " of " + m.oosRows()))
                .append(tile("out-of-scope precision", m.oosPrecision(), m.oosCaught() + " of " + m.oosPredicted()))
                .append(tile("macro-F1", m.macroF1(), m.perIntent().size() + " in-scope intents"));
        String perFold = outcome.crossValidated() ? "mean per fold" : "one run";
        html.append(plainTile("training time", fmt("%.1f s", outcome.trainMs() / 1000.0), perFold))
                .append(plainTile("classifications/s", fmt("%,.0f", outcome.classifyPerSec()), "one thread, " + perFold));
        if (outcome.crossValidated()) {
            StringBuilder folds = new StringBuilder();
            for (Double accuracy : outcome.foldAccuracies()) {
                folds.append(folds.isEmpty() ? "" : " \u00b7 ").append(accuracy.isNaN() ? "n/a" : fmt("%.1f", accuracy * 100));
            }
            html.append(tile("mean fold accuracy", Double.isNaN(outcome.meanFoldAccuracy()) ? null : outcome.meanFoldAccuracy(),
                    "folds: " + folds));
        }
        html.append("</section>\n");
        html.append("<section id=\"heatmap\">\n<h2>Most-confused intents</h2>\n<p class=\"note\">Only the intents in the ")
                .append(NluMetrics.TOP_CONFUSIONS).append(" most frequent confusions. Rows are the gold label, columns the ")
                .append("prediction; blue is right, red is confused. Hover a cell for its meaning.</p>\n<div class=\"row\">\n")
                .append(HeatmapSvg.render(m, outcome.predictions())).append("\n<table class=\"confusions\"><tbody>\n");
        for (NluMetrics.Confusion c : m.topConfusions()) {
            html.append("<tr><td>").append(c.count()).append("</td><td>").append(escape(c.gold()))
                    .append(" \u2192 ").append(escape(c.predicted())).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n</div>\n</section>\n");
        html.append("<section id=\"histogram\">\n<h2>How sure the classifier was</h2>\n<p class=\"note\">Share of each group ")
                .append("by top-intent confidence. Where red and purple sit left of green, a threshold between them helps.</p>\n")
                .append(HistogramSvg.render(outcome.predictions(), outcome.rule())).append("\n</section>\n");
        html.append("<section id=\"per-intent\">\n<h2>Per intent</h2>\n<p class=\"note\">Worst F1 first; click a column ")
                .append("heading to sort.</p>\n<table class=\"sortable\">\n<thead><tr><th>intent</th><th>precision</th>")
                .append("<th>recall</th><th>F1</th><th>support</th></tr></thead>\n<tbody>\n");
        m.perIntent().stream()
                .sorted(Comparator.comparingDouble(NluMetrics.IntentScore::f1).thenComparing(NluMetrics.IntentScore::intent))
                .forEach(s -> html.append("<tr><td>").append(escape(s.intent())).append("</td><td>")
                        .append(fmt("%.3f", s.precision())).append("</td><td>").append(fmt("%.3f", s.recall()))
                        .append("</td><td class=\"f1\" data-v=\"").append(fmt("%.4f", s.f1())).append("\"><span class=\"bar\" style=\"width:")
                        .append(fmt("%.0f", s.f1() * 140)).append("px;background:").append(colour(s.f1())).append("\"></span>")
                        .append(fmt("%.3f", s.f1())).append("</td><td>").append(s.support()).append("</td></tr>\n"));
        html.append("</tbody>\n</table>\n</section>\n</main>\n<script>\n").append(SORT_SCRIPT)
                .append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String tile(String name, Double value, String detail) {
        String grade = value == null ? "" : value >= 0.9 ? " good" : value >= 0.6 ? " fair" : " poor";
        return "<div class=\"tile" + grade + "\"><div class=\"value\">" + (value == null ? "n/a" : fmt("%.1f%%", value * 100))
                + "</div><div class=\"name\">" + escape(name) + "</div><div class=\"detail\">" + escape(detail) + "</div></div>\n";
    }

    private static String plainTile(String name, String value, String detail) {
        return "<div class=\"tile\"><div class=\"value\">" + escape(value) + "</div><div class=\"name\">" + escape(name)
                + "</div><div class=\"detail\">" + escape(detail) + "</div></div>\n";
    }

    private static String colour(double f1) {
        return f1 >= 0.9 ? "#16a34a" : f1 >= 0.6 ? "#f59e0b" : "#dc2626";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
