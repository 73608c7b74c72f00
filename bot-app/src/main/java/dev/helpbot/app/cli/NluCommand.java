package dev.helpbot.app.cli;

import dev.helpbot.app.nlu.CrossValidation;
import dev.helpbot.app.nlu.DatasetException;
import dev.helpbot.app.nlu.EvalOutcome;
import dev.helpbot.app.nlu.Evaluator;
import dev.helpbot.app.nlu.HeldOutSplit;
import dev.helpbot.app.nlu.HtmlReport;
import dev.helpbot.app.nlu.JsonReport;
import dev.helpbot.app.nlu.OosRule;
import dev.helpbot.app.nlu.Progress;
import dev.helpbot.app.nlu.TextReport;
import dev.helpbot.app.nlu.ThresholdSweep;
import dev.helpbot.app.nlu.TsvDataset;
import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.content.ContentLoader;
import dev.helpbot.core.content.OutOfScopeExamples;
import dev.helpbot.core.content.LabeledText;
import dev.helpbot.core.dialogue.Intents;
import dev.helpbot.core.nlu.IntentClassifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * {@code helpbot nlu eval|cv}: measures the intent classifier. Figures go to stdout (text, or one JSON
 * object with --json); progress and problems go to stderr. Exit codes follow Main: 0 fine, 2 bad input.
 */
@CommandLine.Command(name = "nlu", mixinStandardHelpOptions = true,
        description = "Measure the intent classifier: accuracy, out-of-scope detection, speed.",
        subcommands = {NluCommand.Eval.class, NluCommand.Cv.class, ExplainCommand.class})
public final class NluCommand implements Callable<Integer> {

    /** The label the shipped intents use for "not something the bot handles". */
    static final String SHIPPED_OOS_LABEL = Intents.OUT_OF_SCOPE;
    static final String FILE_OOS_LABEL = "oos";

    private final Function<List<LabeledText>, IntentClassifier> trainer;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public NluCommand() {
        this(Evaluator.DEFAULT_TRAINER);
    }

    /** With another trainer, so a candidate classifier is measured by exactly the same code. */
    public NluCommand(Function<List<LabeledText>, IntentClassifier> trainer) {
        this.trainer = trainer;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Options that eval and cv share. */
    static final class Output {
        @CommandLine.Option(names = "--oos-label", paramLabel = "LABEL",
                description = "Label of out-of-scope rows (default: oos for files, out_of_scope for the shipped intents).")
        String oosLabel;

        @CommandLine.Option(names = "--threshold", paramLabel = "P", defaultValue = "0",
                description = "Predict out of scope when the top probability is below P (default: ${DEFAULT-VALUE}, "
                        + "i.e. only when the trained out-of-scope class wins).")
        double threshold;

        @CommandLine.Option(names = "--json", description = "Print one JSON object instead of the text report.")
        boolean json;

        @CommandLine.Option(names = "--report", paramLabel = "FILE", description = "Also write a self-contained HTML report.")
        Path report;

        @CommandLine.Option(names = "--classifier", paramLabel = "KIND", defaultValue = "fused",
                description = "fused (the shipped two-view classifier) or ngram (its n-gram view alone, the baseline);"
                        + " default: ${DEFAULT-VALUE}.")
        String classifier;

        @CommandLine.Option(names = "--no-borrowed-negatives",
                description = "With the shipped intents: do not add the near misses and CLINC150 requests to the"
                        + " training rows (they are added to training rows only, never to test rows).")
        boolean noBorrowedNegatives;

        @CommandLine.Option(names = "--borrowed-per-intent", paramLabel = "N",
                description = "With the shipped intents: CLINC150 rows per CLINC150 intent added to training (default: 10 of 100).")
        int borrowedPerIntent = OutOfScopeExamples.CLINC150_ROWS_PER_INTENT;

        @CommandLine.Option(names = "--threshold-sweep",
                description = "Also show accuracy and out-of-scope recall at thresholds 0.0 to 0.9 (use a validation set).")
        boolean sweep;

        OosRule rule(boolean shipped) {
            return new OosRule(oosLabel != null ? oosLabel : shipped ? SHIPPED_OOS_LABEL : FILE_OOS_LABEL, threshold);
        }
    }

    @CommandLine.Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Train on one file and score another; with no files, the shipped intents on a held-out split.")
    static final class Eval implements Callable<Integer> {
        @CommandLine.ParentCommand
        NluCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Option(names = "--train", paramLabel = "FILE", description = "Training rows, label<TAB>text.")
        Path train;

        @CommandLine.Option(names = "--test", paramLabel = "FILE", description = "Test rows, label<TAB>text.")
        Path test;

        @CommandLine.Option(names = "--val", paramLabel = "FILE",
                description = "Validation rows: the fusion weight and the threshold are chosen on them (see the README's"
                        + " rule) before the test rows are scored; --threshold is then ignored.")
        Path val;

        @CommandLine.Mixin
        Output output = new Output();

        @Override
        public Integer call() {
            if ((train == null) != (test == null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--train and --test go together");
            }
            return parent.guarded(() -> {
                boolean shipped = train == null;
                OosRule rule = output.rule(shipped);
                List<LabeledText> trainRows;
                List<LabeledText> testRows;
                String source;
                if (shipped) {
                    HeldOutSplit split = HeldOutSplit.everyFifth(shippedExamples());
                    trainRows = split.train();
                    testRows = split.test();
                    source = "shipped intents, every 5th example of each intent held out: " + trainRows.size()
                            + " rows to train, " + testRows.size() + " to test";
                } else {
                    trainRows = TsvDataset.read(train);
                    testRows = TsvDataset.read(test);
                    source = "train " + train + " (" + trainRows.size() + " rows) \u2192 test " + test
                            + " (" + testRows.size() + " rows)";
                }
                Evaluator evaluator = new Evaluator(parent.trainer(output, shipped), parent.progress());
                if (val != null) {
                    List<LabeledText> valRows = TsvDataset.read(val);
                    source = source + ", chosen on " + val + " (" + valRows.size() + " rows)";
                    Evaluator.TunedRun tuned = evaluator.run(trainRows, valRows, testRows, rule.oosLabel());
                    return parent.report(EvalOutcome.ofTunedRun("NLU evaluation", source, rule.oosLabel(), tuned), output);
                }
                parent.warnIfOosUnreachable(trainRows, rule);
                Evaluator.Run run = evaluator.run(trainRows, testRows);
                return parent.report(EvalOutcome.ofRun("NLU evaluation", source, rule, run), output);
            });
        }
    }

    @CommandLine.Command(name = "cv", mixinStandardHelpOptions = true,
            description = "Stratified k-fold cross-validation of one file; with no file, of the shipped intents.")
    static final class Cv implements Callable<Integer> {
        @CommandLine.ParentCommand
        NluCommand parent;

        @CommandLine.Option(names = "--data", paramLabel = "FILE", description = "Rows to cross-validate, label<TAB>text.")
        Path data;

        @CommandLine.Option(names = "--folds", paramLabel = "K", defaultValue = "5",
                description = "Number of folds (default: ${DEFAULT-VALUE}).")
        int folds;

        @CommandLine.Mixin
        Output output = new Output();

        @Override
        public Integer call() {
            return parent.guarded(() -> {
                boolean shipped = data == null;
                OosRule rule = output.rule(shipped);
                List<LabeledText> rows = shipped ? shippedExamples() : TsvDataset.read(data);
                String source = (shipped ? "shipped intents" : data.toString()) + ", " + rows.size() + " rows, "
                        + folds + " stratified folds";
                parent.warnIfOosUnreachable(rows, rule);
                Progress progress = parent.progress();
                CrossValidation.Result result = new CrossValidation(new Evaluator(parent.trainer(output, shipped), progress), progress)
                        .run(rows, folds, rule);
                return parent.report(EvalOutcome.ofCrossValidation("NLU cross-validation", source, rule, result), output);
            });
        }
    }

    /**
     * The trainer for these options. The shipped intents are trained with the borrowed out-of-scope
     * examples added, as the bot is, but those never reach a test row or fold.
     */
    private Function<List<LabeledText>, IntentClassifier> trainer(Output output, boolean shipped) {
        Function<List<LabeledText>, IntentClassifier> base = switch (output.classifier) {
            case "fused" -> trainer;
            case "ngram" -> HelpbotEngines::trainNgramClassifier;
            default -> throw new IllegalArgumentException("--classifier is fused or ngram, not " + output.classifier);
        };
        if (!shipped || output.noBorrowedNegatives) {
            return base;
        }
        List<LabeledText> negatives = HelpbotEngines.outOfScope(
                OutOfScopeExamples.bundledKinds(ContentLoader.standard().loadBundled().nlu()), output.borrowedPerIntent);
        return rows -> {
            List<LabeledText> withNegatives = new ArrayList<>(rows);
            withNegatives.addAll(negatives);
            return base.apply(withNegatives);
        };
    }

    private static List<LabeledText> shippedExamples() {
        return ContentLoader.standard().loadBundled().nlu().examples();
    }

    private int report(EvalOutcome outcome, Output output) {
        List<ThresholdSweep.Point> sweep = output.sweep ? ThresholdSweep.of(outcome.scored(), outcome.rule().oosLabel()) : null;
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            out.println(JsonReport.render(outcome, sweep));
            out.flush();
        } else {
            TextReport.print(outcome, sweep, out);
        }
        if (output.report != null) {
            HtmlReport.write(outcome, output.report);
            err().println("report written to " + output.report.toAbsolutePath());
            err().flush();
        }
        return 0;
    }

    /** Without an out-of-scope class to learn and no threshold, out-of-scope recall is 0 by construction. */
    private void warnIfOosUnreachable(List<LabeledText> trainRows, OosRule rule) {
        boolean trained = trainRows.stream().anyMatch(row -> row.label().equals(rule.oosLabel()));
        if (!trained && rule.threshold() == 0) {
            err().println("note: no training row is labelled '" + rule.oosLabel()
                    + "' and --threshold is 0, so nothing will be predicted out of scope");
            err().flush();
        }
    }

    /** Bad input is the user's to fix: say what and where, exit 2, and spare them a stack trace. */
    private int guarded(Callable<Integer> action) {
        try {
            return action.call();
        } catch (DatasetException | IllegalArgumentException e) {
            err().println("helpbot nlu: " + e.getMessage());
            err().flush();
            return 2;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Progress progress() {
        return Progress.to(err(), Terminal.isInteractive());
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
