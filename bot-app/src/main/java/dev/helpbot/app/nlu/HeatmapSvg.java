package dev.helpbot.app.nlu;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A confusion-matrix heatmap as inline SVG. A full 150-intent matrix is a grey blur, so it shows only
 * the intents in the top confusions, in the order the confusions rank, which keeps each confused pair
 * near each other. An "other" column holds predictions outside the shown intents, so rows still add up.
 */
final class HeatmapSvg {

    private static final int CHAR_WIDTH = 7;

    private HeatmapSvg() {
    }

    /** The intents involved in the top confusions, most-confused first. */
    static List<String> labels(NluMetrics metrics) {
        Set<String> labels = new LinkedHashSet<>();
        for (NluMetrics.Confusion confusion : metrics.topConfusions()) {
            labels.add(confusion.gold());
            labels.add(confusion.predicted());
        }
        return new ArrayList<>(labels);
    }

    /** counts[gold][predicted], with the last column for predictions outside {@code labels}. */
    static int[][] counts(List<String> labels, List<Prediction> predictions) {
        int[][] counts = new int[labels.size()][labels.size() + 1];
        for (Prediction p : predictions) {
            int row = labels.indexOf(p.gold());
            if (row >= 0) {
                int column = labels.indexOf(p.predicted());
                counts[row][column >= 0 ? column : labels.size()]++;
            }
        }
        return counts;
    }

    static String render(NluMetrics metrics, List<Prediction> predictions) {
        List<String> labels = labels(metrics);
        if (labels.isEmpty()) {
            return "<p class=\"empty\">No confusions: every row was classified correctly.</p>";
        }
        int[][] counts = counts(labels, predictions);
        int n = labels.size();
        int cell = n <= 12 ? 40 : 34;
        int longest = labels.stream().mapToInt(String::length).max().orElse(5);
        int left = longest * CHAR_WIDTH + 24;
        int top = (int) (Math.max(longest, 7) * CHAR_WIDTH * 0.82) + 24;
        int width = left + (n + 1) * cell + longest * 4 + 20;
        int height = top + n * cell + 50;
        // Each kind of cell gets its own colour scale: the big "other" counts of an out-of-scope row
        // would otherwise wash out the red of the confusions the chart is there to show.
        int maxCorrect = 1;
        int maxConfused = 1;
        int maxOther = 1;
        for (int r = 0; r < n; r++) {
            maxOther = Math.max(maxOther, counts[r][n]);
            for (int c = 0; c < n; c++) {
                if (r == c) {
                    maxCorrect = Math.max(maxCorrect, counts[r][c]);
                } else {
                    maxConfused = Math.max(maxConfused, counts[r][c]);
                }
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"heatmap\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " role=\"img\" aria-label=\"confusion matrix of the most-confused intents\">%n", width, height, width, height));
        for (int c = 0; c <= n; c++) {
            String name = c < n ? labels.get(c) : "(other)";
            int x = left + c * cell + cell / 2;
            svg.append(String.format(Locale.ROOT, "<text class=\"axis-label%s\" x=\"%d\" y=\"%d\" transform=\"rotate(-55 %d %d)\">%s</text>%n",
                    c < n ? "" : " muted", x, top - 8, x, top - 8, HtmlReport.escape(name)));
        }
        for (int r = 0; r < n; r++) {
            int y = top + r * cell;
            svg.append(String.format(Locale.ROOT, "<text class=\"axis-label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    left - 8, y + cell / 2 + 4, HtmlReport.escape(labels.get(r))));
            for (int c = 0; c <= n; c++) {
                svg.append(cellSvg(left + c * cell, y, cell, counts[r][c], r == c, c == n,
                        labels.get(r), c < n ? labels.get(c) : "another intent",
                        r == c ? maxCorrect : c == n ? maxOther : maxConfused));
            }
        }
        int gridBottom = top + n * cell;
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-title\" x=\"%d\" y=\"%d\">gold (rows) \u2192 predicted (columns)</text>%n",
                left, gridBottom + 22));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"rgb(37,99,235)\"/>"
                + "<text class=\"legend\" x=\"%d\" y=\"%d\">correct</text>"
                + "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"rgb(220,38,38)\"/>"
                + "<text class=\"legend\" x=\"%d\" y=\"%d\">confused</text>%n",
                left, gridBottom + 32, left + 18, gridBottom + 42, left + 90, gridBottom + 32, left + 108, gridBottom + 42));
        return svg.append("</svg>").toString();
    }

    private static String cellSvg(int x, int y, int size, int count, boolean diagonal, boolean other,
            String gold, String predicted, int scaleMax) {
        String fill;
        boolean dark = false;
        if (count == 0) {
            fill = "#f4f6f8";
        } else {
            double strength = 0.18 + 0.82 * count / scaleMax;
            dark = strength > 0.55;
            String rgb = diagonal ? "37,99,235" : other ? "100,116,139" : "220,38,38";
            fill = String.format(Locale.ROOT, "rgba(%s,%.2f)", rgb, strength);
        }
        String tooltip = count + (count == 1 ? " row" : " rows") + " of " + gold + " predicted as " + predicted;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "<g><title>%s</title><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#fff\"/>",
                HtmlReport.escape(tooltip), x, y, size, size, fill));
        if (count > 0) {
            out.append(String.format(Locale.ROOT, "<text class=\"cell%s\" x=\"%d\" y=\"%d\">%d</text>",
                    dark ? " on-dark" : "", x + size / 2, y + size / 2 + 4, count));
        }
        return out.append("</g>\n").toString();
    }
}
