package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.analysis.NothingToCompareException;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.analysis.render.CompareMarkdown;
import io.lightwaveos.bench.analysis.render.CompareReport;
import io.lightwaveos.bench.analysis.render.CompareText;
import io.lightwaveos.bench.analysis.render.JUnitXml;
import io.lightwaveos.bench.analysis.render.Style;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.json.CompareJson;
import io.lightwaveos.bench.service.json.Json;
import io.lightwaveos.bench.service.json.RunRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compare A B}: is B faster or slower than A, and is the difference real? */
@Command(name = "compare", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Compare run A (baseline) with run B (candidate), metric by metric; every difference is B - A.",
            "A verdict is improved/regressed when Welch's t-test on effective sample sizes (the samples are"
                + " autocorrelated), Holm-adjusted over the metrics, is below --alpha and the mean moved by at"
                + " least --min-effect; equivalent when the 90%% interval of the change lies within"
                + " ±--min-effect; inconclusive otherwise (the report says how many samples would tell).",
            "cpu_load_percent is derived from avg_total_us: reported, but not counted. --verbose adds the plain tests."},
        footer = {"", "Formats: text; json (lwos-bench/compare/v2); markdown (for a PR comment); junit (JUnit XML for CI:"
                + " one testcase per metric, a regression is a failure). --format markdown -o c.md --format junit -o c.xml"
                + " writes both from one comparison.",
            "Exit codes: 0 compared, 2 unknown run or metric or nothing to compare, 3 --fail-on-regression"
                + " and a metric regressed."})
public final class CompareCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "RUN_A", description = "The baseline run (id, id prefix or name).")
    String a;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "The candidate run (id, id prefix or name).")
    String b;

    @Option(names = "--alpha", paramLabel = "P", description = "Significance level (default: ${DEFAULT-VALUE}).")
    double alpha = CompareOptions.DEFAULT_ALPHA;

    @Option(names = "--min-effect", paramLabel = "FRACTION",
            description = "Smallest relative change of the mean that counts, 0.01 = 1%% (default: ${DEFAULT-VALUE}).")
    double minEffect = CompareOptions.DEFAULT_MIN_EFFECT;

    @Option(names = "--metric", paramLabel = "METRIC",
            description = "Compare only this metric or measure (suite:name when the name alone is both a frame"
                    + " metric and a measure, or a measure of several suites; frame:NAME for the frame metric);"
                    + " repeatable (default: the five compact metrics, plus the extended ones when both runs have them,"
                    + " and every measure both runs hold).")
    List<String> metrics = new ArrayList<>();

    @Mixin
    ReportOptions reports = new ReportOptions();

    @Option(names = "--fail-on-regression", description = "Exit with 3 if any metric regressed.")
    boolean failOnRegression;

    @Override
    protected int run(RunService runs) throws IOException {
        List<ReportTargets.Target> targets = reports.targets("text", "text", "json", "markdown", "junit");
        Run runA = runs.resolve(a);
        Run runB = runs.resolve(b);
        CompareOptions options = options(runs, alpha, minEffect, metrics, runA, runB);
        Comparison c;
        try {
            c = runs.compare(runA.id(), runB.id(), options);
        } catch (IllegalArgumentException | NothingToCompareException e) {
            throw ExitException.usage("cannot compare " + a + " with " + b + ": " + e.getMessage());
        }
        CompareReport report = CompareReport.of(runA, runB, c);
        out().flush();
        for (ReportTargets.Target t : targets) {
            Style style = t.toStdout() ? Style.forTerminal() : Style.PLAIN;
            Outputs.writeText(t.output(), root.stdout(), w -> {
                switch (t.format()) {
                    case "json" -> w.print(Json.pretty(CompareJson.toJson(RunRef.of(runA), RunRef.of(runB), c)));
                    case "markdown" -> CompareMarkdown.print(report, w);
                    case "junit" -> JUnitXml.compare(runA, runB, c, w);
                    default -> CompareText.print(report, global().verbose(), style, w);
                }
            });
            if (!t.toStdout() && !global().quiet()) {
                err().println("Wrote the comparison to " + t.output());
            }
        }
        List<String> regressed = c.regressedIds();
        if (failOnRegression && !regressed.isEmpty()) {
            throw new ExitException(ExitCode.GATE_FAILED, regressed.size() + (c.measures().isEmpty() ? " metric(s)" : " metric(s) or measure(s)") + " regressed: "
                    + String.join(", ", regressed));
        }
        return ExitCode.OK;
    }

    /**
     * {@code --alpha}, {@code --min-effect} and {@code --metric} as options (shared with {@code report}):
     * each {@code --metric} a frame metric or a measure of run A or B ({@code suite:name} when the name
     * alone is ambiguous).
     */
    static CompareOptions options(RunService runs, double alpha, double minEffect, List<String> metrics, Run a, Run b) {
        try {
            CompareOptions base = CompareOptions.defaults().withAlpha(alpha).withMinEffect(minEffect);
            return runs.compareOptions(base, metrics, a.id(), b.id());
        } catch (IllegalArgumentException e) {
            throw ExitException.usage(e.getMessage());
        }
    }
}
