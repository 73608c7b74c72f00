package dev.helpbot.app.nlu;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The figures for a person at a terminal: headline first, then the detail, worst intents on top. */
public final class TextReport {

    private TextReport() {
    }

    public static void print(EvalOutcome outcome, List<ThresholdSweep.Point> sweep, PrintWriter out) {
        NluMetrics m = outcome.metrics();
        OosRule rule = outcome.rule();
        out.println(outcome.title());
        out.println("  " + outcome.source());
        out.println("  out-of-scope label '" + rule.oosLabel() + "', threshold "
                + fmt("%.2f", rule.threshold()) + (rule.threshold() == 0 ? " (trained out-of-scope class only)" : ""));
        OperatingPoint chosen = outcome.chosen();
        if (chosen != null) {
            out.println("  chosen on " + (outcome.crossValidated() ? "the pooled cross-validation predictions" : "validation")
                    + ": encoder weight " + fmt("%.1f", chosen.encoderWeight()) + ", threshold "
                    + fmt("%.2f", chosen.threshold()) + " (there: in-scope " + percent(chosen.validation().inScopeAccuracy()).strip()
                    + ", oos recall " + percent(chosen.validation().oosRecall()).strip() + ")");
            out.println("  rule: " + OperatingPoint.RULE);
        }
        out.println();
        out.println("  in-scope accuracy   " + percent(m.inScopeAccuracy()) + count(m.inScopeCorrect(), m.inScopeRows()));
        out.println("  oos recall          " + percent(m.oosRecall()) + count(m.oosCaught(), m.oosRows()));
        out.println("  oos precision       " + percent(m.oosPrecision()) + count(m.oosCaught(), m.oosPredicted()));
        out.println("  macro-F1            " + (m.macroF1() == null ? "n/a" : fmt("%.4f", m.macroF1())));
        String perFold = outcome.crossValidated() ? " (mean per fold)" : "";
        out.println("  training time       " + fmt("%.1f s", outcome.trainMs() / 1000.0) + perFold);
        out.println("  classifications/s   " + fmt("%,.0f", outcome.classifyPerSec()) + " on one thread" + perFold);
        if (outcome.crossValidated()) {
            out.println();
            out.println("  mean fold accuracy  " + percent(nanToNull(outcome.meanFoldAccuracy())));
            List<Double> folds = outcome.foldAccuracies();
            for (int i = 0; i < folds.size(); i++) {
                out.println("    fold " + (i + 1) + "/" + folds.size() + "        " + percent(nanToNull(folds.get(i))));
            }
        }
        out.println();
        out.println("Per intent, worst F1 first:");
        int width = Math.max(6, m.perIntent().stream().mapToInt(s -> s.intent().length()).max().orElse(6));
        out.println(fmt("  %-" + width + "s  %9s  %9s  %6s  %7s", "intent", "precision", "recall", "F1", "support"));
        m.perIntent().stream()
                .sorted(Comparator.comparingDouble(NluMetrics.IntentScore::f1).thenComparing(NluMetrics.IntentScore::intent))
                .forEach(s -> out.println(fmt("  %-" + width + "s  %9.3f  %9.3f  %6.3f  %7d",
                        s.intent(), s.precision(), s.recall(), s.f1(), s.support())));
        out.println();
        out.println("Most confused (gold -> predicted):");
        if (m.topConfusions().isEmpty()) {
            out.println("  none: every row was classified correctly");
        }
        for (NluMetrics.Confusion c : m.topConfusions()) {
            out.println(fmt("  %5d  %s -> %s", c.count(), c.gold(), c.predicted()));
        }
        if (sweep != null) {
            out.println();
            out.println("Threshold sweep (choose on a validation set, not on test):");
            out.println("  threshold  in-scope acc  oos recall  oos precision  macro-F1");
            for (ThresholdSweep.Point p : sweep) {
                NluMetrics pm = p.metrics();
                out.println(fmt("  %9.1f  %12s  %10s  %13s  %8s", p.threshold(), percent(pm.inScopeAccuracy()).strip(),
                        percent(pm.oosRecall()).strip(), percent(pm.oosPrecision()).strip(),
                        pm.macroF1() == null ? "n/a" : fmt("%.4f", pm.macroF1())));
            }
        }
        out.flush();
    }

    private static String percent(Double value) {
        return value == null ? "    n/a" : fmt("%6.2f%%", value * 100);
    }

    private static String count(int part, int whole) {
        return whole == 0 ? "" : "   (" + part + "/" + whole + ")";
    }

    private static Double nanToNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
