package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.web.ResolvedRun;
import io.lightwaveos.bench.web.data.StoreDashboardData;
import io.lightwaveos.bench.web.page.ComparisonReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report A B -o report.html}: the comparison as one self-contained HTML file. */
@Command(name = "report", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Write the comparison of run A (baseline) with run B (candidate) as one self-contained HTML file:"
                + " the comparison table with verdicts, both runs' facts, context and quality, and per metric the"
                + " overlaid series and distributions. Charts and data are inside the file; it opens offline, for"
                + " CI artifacts."},
        footer = {"", "Exit codes: 0 written, 2 unknown run or metric, 1 the file cannot be written."})
public final class ReportCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "RUN_A", description = "The baseline run (id, id prefix or name).")
    String a;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "The candidate run (id, id prefix or name).")
    String b;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the HTML to FILE (written whole or not at all) instead of standard output.")
    String output;

    @Option(names = "--alpha", paramLabel = "P", description = "Significance level (default: ${DEFAULT-VALUE}).")
    double alpha = CompareOptions.DEFAULT_ALPHA;

    @Option(names = "--min-effect", paramLabel = "FRACTION",
            description = "Smallest relative change of the mean that counts, 0.01 = 1%% (default: ${DEFAULT-VALUE}).")
    double minEffect = CompareOptions.DEFAULT_MIN_EFFECT;

    @Option(names = "--metric", paramLabel = "METRIC", description = "Compare only this metric or measure (suite:name when ambiguous); repeatable.")
    List<String> metrics = new ArrayList<>();

    @Override
    protected int run(RunService runs) throws IOException {
        Run runA = runs.resolve(a);
        Run runB = runs.resolve(b);
        CompareOptions options = CompareCommand.options(runs, alpha, minEffect, metrics, runA, runB);
        byte[] html;
        try {
            html = ComparisonReport.bytes(new StoreDashboardData(runs), resolved(runA), resolved(runB), options);
        } catch (IllegalArgumentException e) {
            throw ExitException.usage("cannot compare " + a + " with " + b + ": " + e.getMessage());
        }
        out().flush();
        Outputs.write(output, root.stdout(), o -> o.write(html));
        if (!Outputs.isStdout(output) && !global().quiet()) {
            err().println("Wrote the report of " + runA.name() + " (A) and " + runB.name() + " (B) to " + output);
        }
        return ExitCode.OK;
    }

    private static ResolvedRun resolved(Run run) {
        return new ResolvedRun(run);
    }
}
