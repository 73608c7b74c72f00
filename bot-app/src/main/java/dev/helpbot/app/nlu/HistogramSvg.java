package dev.helpbot.app.nlu;

import java.util.List;
import java.util.Locale;

/**
 * Top-intent confidence in bins of 0.1, as inline SVG, for three groups of test rows: in-scope rows
 * classified right, in-scope rows classified wrong, and out-of-scope rows. Bars show each group's
 * share, not its count, because right answers outnumber the others so much that raw counts hide them;
 * where the groups overlap is where no threshold can separate them.
 */
final class HistogramSvg {

    static final String[] GROUPS = {"in scope, correct", "in scope, wrong", "out of scope"};
    private static final String[] COLOURS = {"#16a34a", "#dc2626", "#7c3aed"};
    private static final int BINS = 10;
    private static final int WIDTH = 900;
    private static final int HEIGHT = 360;
    private static final int LEFT = 56;
    private static final int TOP = 40;
    private static final int BOTTOM = 56;

    private HistogramSvg() {
    }

    /** counts[group][bin]; confidence 1.0 falls in the last bin. */
    static int[][] counts(List<Prediction> predictions, String oosLabel) {
        int[][] counts = new int[GROUPS.length][BINS];
        for (Prediction p : predictions) {
            int group = p.gold().equals(oosLabel) ? 2 : p.correct() ? 0 : 1;
            int bin = Math.min(BINS - 1, Math.max(0, (int) Math.floor(p.confidence() * BINS)));
            counts[group][bin]++;
        }
        return counts;
    }

    static String render(List<Prediction> predictions, OosRule rule) {
        int[][] counts = counts(predictions, rule.oosLabel());
        double[][] shares = new double[GROUPS.length][BINS];
        double maxShare = 0;
        int[] totals = new int[GROUPS.length];
        for (int g = 0; g < GROUPS.length; g++) {
            for (int b = 0; b < BINS; b++) {
                totals[g] += counts[g][b];
            }
            for (int b = 0; b < BINS; b++) {
                shares[g][b] = totals[g] == 0 ? 0 : 100.0 * counts[g][b] / totals[g];
                maxShare = Math.max(maxShare, shares[g][b]);
            }
        }
        // Round the axis up to a multiple of 10% and tick every 5% or 10%, so the gridlines read as round numbers.
        double yMax = Math.max(10, Math.ceil(maxShare / 10) * 10);
        int tickStep = yMax <= 50 ? 5 : 10;
        int plotWidth = WIDTH - LEFT - 16;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double binWidth = plotWidth / (double) BINS;
        double barWidth = (binWidth - 12) / GROUPS.length;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"histogram\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " aria-label=\"confidence histogram\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        for (int value = 0; value <= yMax; value += tickStep) {
            double y = TOP + plotHeight - plotHeight * value / yMax;
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>%n",
                    LEFT, WIDTH - 16, y, y, LEFT - 6, y + 4, value));
        }
        for (int b = 0; b < BINS; b++) {
            double x0 = LEFT + b * binWidth + 6;
            for (int g = 0; g < GROUPS.length; g++) {
                double h = plotHeight * shares[g][b] / yMax;
                double x = x0 + g * barWidth;
                svg.append(String.format(Locale.ROOT, "<g><title>%s, confidence %.1f\u2013%.1f: %d rows (%.1f%%)</title>"
                        + "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                        GROUPS[g], b / 10.0, (b + 1) / 10.0, counts[g][b], shares[g][b],
                        x, TOP + plotHeight - h, barWidth - 1, h, COLOURS[g]));
                if (counts[g][b] > 0) {
                    svg.append(String.format(Locale.ROOT, "<text class=\"bar-count\" x=\"%.1f\" y=\"%.1f\">%d</text>",
                            x + barWidth / 2, TOP + plotHeight - h - 3, counts[g][b]));
                }
                svg.append("</g>\n");
            }
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f\u2013%.1f</text>%n",
                    LEFT + b * binWidth + binWidth / 2, TOP + plotHeight + 18, b / 10.0, (b + 1) / 10.0));
        }
        svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>%n",
                LEFT, WIDTH - 16, TOP + plotHeight, TOP + plotHeight));
        if (rule.threshold() > 0) {
            double x = LEFT + rule.threshold() * plotWidth;
            svg.append(String.format(Locale.ROOT, "<line class=\"threshold\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\"/>"
                    + "<text class=\"tick\" x=\"%.1f\" y=\"%d\">threshold %.2f</text>%n",
                    x, x, TOP, TOP + plotHeight, x + 4, TOP + 12, rule.threshold()));
        }
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-title\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
                + "top-intent confidence</text>%n", LEFT + plotWidth / 2, HEIGHT - 12));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-title\" x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\""
                + " text-anchor=\"middle\">share of group</text>%n", TOP + plotHeight / 2, TOP + plotHeight / 2));
        int legendX = LEFT + 8;
        for (int g = 0; g < GROUPS.length; g++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"12\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text class=\"legend\" x=\"%d\" y=\"22\">%s (%d rows)</text>%n",
                    legendX, COLOURS[g], legendX + 17, GROUPS[g], totals[g]));
            legendX += 200;
        }
        return svg.append("</svg>").toString();
    }
}
