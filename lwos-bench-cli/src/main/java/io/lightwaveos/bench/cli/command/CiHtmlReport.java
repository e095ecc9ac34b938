package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.analysis.NothingToCompareException;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.ci.report.CiReport;
import io.lightwaveos.bench.ci.report.CiReportJson;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.web.ResolvedRun;
import io.lightwaveos.bench.web.data.StoreDashboardData;
import io.lightwaveos.bench.web.page.ComparisonReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Option;

/**
 * {@code ci --report FILE}: the decision as the self-contained HTML comparison report (the one
 * {@code report A B} writes), with the decisions on top. A pooled baseline is shown by its newest
 * run; a baseline file or no baseline, by the run alone.
 */
final class CiHtmlReport {

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the decision as one self-contained HTML file (for CI artifacts): the decisions,"
                    + " then the run compared with the newest baseline run, facts and charts (the run alone when there"
                    + " is no baseline run).")
    String file;

    /**
     * Refuses a {@code --report} that cannot be written, before anything is decided or posted.
     *
     * @param targets the call's other reports
     * @throws ExitException a usage error naming the path and why
     */
    void check(List<ReportTargets.Target> targets) {
        if (file == null) {
            return;
        }
        if (Outputs.isStdout(file) || file.isBlank()) {
            throw ExitException.usage("--report: expected the HTML file's name, got \"" + file + "\"");
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        for (ReportTargets.Target t : targets) {
            if (!t.toStdout() && Path.of(t.output()).toAbsolutePath().normalize().equals(path)) {
                throw ExitException.usage("--report " + file + " is also an --output");
            }
        }
        Outputs.checkWritable("--report", file);
    }

    /**
     * Writes the report of {@code done} (decided for {@code run}), saying where on {@code err}
     * unless {@code quiet}; nothing when {@code --report} was not given.
     */
    void write(RunService runs, Run run, CiReport done, CompareOptions options, PrintWriter err, boolean quiet)
            throws IOException {
        if (file == null) {
            return;
        }
        StoreDashboardData data = new StoreDashboardData(runs);
        List<UUID> baselineRuns = done.baseline().runs();
        ResolvedRun baseline = baselineRuns.isEmpty() ? null
                : new ResolvedRun(runs.resolve(baselineRuns.get(baselineRuns.size() - 1).toString()));
        byte[] html;
        try {
            html = ComparisonReport.ciBytes(data, baseline, new ResolvedRun(run), options, CiReportJson.toJson(done));
        } catch (IllegalArgumentException | NothingToCompareException e) {
            err.println("lwos-bench ci: the HTML report shows the run alone: it has nothing to compare with baseline run "
                    + baseline.name() + " (" + e.getMessage() + ")");
            html = ComparisonReport.ciBytes(data, null, new ResolvedRun(run), options, CiReportJson.toJson(done));
        }
        byte[] bytes = html;
        Outputs.write(file, null, o -> o.write(bytes));
        if (!quiet) {
            err.println("Wrote the HTML report to " + file);
        }
    }
}
