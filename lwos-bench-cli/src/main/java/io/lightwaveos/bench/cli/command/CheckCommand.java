package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.analysis.NothingToCompareException;
import io.lightwaveos.bench.text.Printable;
import io.lightwaveos.bench.analysis.Statistic;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import io.lightwaveos.bench.analysis.changepoint.HistoryGate;
import io.lightwaveos.bench.analysis.gate.Allowance;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.analysis.gate.BaselineFormatException;
import io.lightwaveos.bench.analysis.gate.BaselineNoise;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.analysis.gate.MetricGateResult;
import io.lightwaveos.bench.analysis.gate.Threshold;
import io.lightwaveos.bench.analysis.render.CheckMarkdown;
import io.lightwaveos.bench.analysis.render.CheckText;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.JUnitXml;
import io.lightwaveos.bench.analysis.render.Style;
import io.lightwaveos.bench.ci.config.CiConfig;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.cli.render.HistoryCheckMarkdown;
import io.lightwaveos.bench.cli.render.HistoryCheckText;
import io.lightwaveos.bench.cli.render.LightwaveOsCheckReport;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.service.MetricOrMeasure;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.history.HistoryGateOptions;
import io.lightwaveos.bench.service.history.HistoryGateReport;
import io.lightwaveos.bench.service.history.HistoryQuery;
import io.lightwaveos.bench.service.history.MetricHistoryGate;
import io.lightwaveos.bench.service.history.HistoryService;
import io.lightwaveos.bench.service.json.BaselineFile;
import io.lightwaveos.bench.service.json.CheckJson;
import io.lightwaveos.bench.service.json.HistoryCheckJson;
import io.lightwaveos.bench.service.json.Json;
import io.lightwaveos.bench.service.json.RunRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check RUN --baseline FILE}: the CI gate; {@code --write-baseline FILE} makes a baseline from a run. */
@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Gate a run against a baseline file, or write a baseline file from a run.",
            "Baseline format (the firmware repository's test/baseline/*.json): top-level numbers are baseline values;"
                + " \"_thresholds\": {\"avg_total_us\": {\"stat\": \"p95\", \"warning\": \"+5%%\", \"failure\": \"+10%%\","
                + " \"direction\": \"lower_is_better\"}} says which statistic is compared and how far it may move in"
                + " the bad direction (default: mean, +5%%, +10%%, the metric's own direction). Keys naming no metric"
                + " are reported as skipped.",
            "A LightwaveOS baseline (benchmark_baseline.json: measure values, \"_thresholds\" with signed percents such"
                + " as \"-5%%\" and a direction) gates the run's measures as detect_regressions.py does: a value at or"
                + " beyond a threshold reaches it, a key missing from the run fails, a new measure warns, a key without"
                + " threshold passes; a measure with repeats fails only when the 95%% CI of its mean is beyond the"
                + " failure threshold. The kind is read from the file: one only the LightwaveOS form allows is one;"
                + " one both allow is one when its keys name measures of the run, not its frame metrics."},
        footer = {"", "Formats: text; json (lwos-bench/check/v2; with --against-history lwos-bench/history-check/v1);"
                + " markdown (for a pull request comment or job summary); junit (JUnit XML for CI, one testcase per"
                + " baseline key, or per metric and measure with --against-history; a failed one is a failure, a"
                + " skipped one skipped).",
            "A metric fails only when the 95%% interval of its statistic (on the effective sample size) lies"
                + " beyond the failure limit; past the limit but not surely is a warning (possible_failure).",
            "With --against-history a change point that the history finds before this run, in its last --window runs, and"
                + " that no run reported yet fails this run, once: it is recorded as reported, and later runs pass it"
                + " (gating the same run again gives the same answer). `lwos-bench ack METRIC RUN` makes the history start"
                + " at an expected change.",
            "Exit codes: 0 pass (or warn without --strict; also a run with not enough history to gate against), 3 fail (or warn with --strict), 2 unknown run,"
                + " missing/malformed baseline file, nothing to check, or an existing --write-baseline file"
                + " without --force, 1 I/O failure."})
public final class CheckCommand extends StoreCommand {

    /** Exactly one of reading or writing a baseline. */
    static final class Mode {
        @Option(names = "--baseline", paramLabel = "FILE", description = "Gate the run against this baseline file.")
        Path baseline;

        @Option(names = "--write-baseline", paramLabel = "FILE",
                description = "Write a baseline file from the run (- for standard output); an existing FILE only with --force.")
        String writeBaseline;

        @Option(names = "--against-history",
                description = "Gate the run against the runs before it of the same rig, branch and workload: fail on a"
                        + " change point at this run in the bad direction, warn outside the history's 99%% prediction"
                        + " interval; with fewer than " + HistoryGate.MIN_HISTORY
                        + " earlier runs, pass with the note \"not enough history\".")
        boolean againstHistory;
    }

    @Parameters(index = "0", paramLabel = "RUN", description = "Run id, unique id prefix (4+ hex characters) or name.")
    String reference;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Mixin
    HistoryFilters historyFilters;

    @Mixin
    ProjectConfig config = new ProjectConfig();

    @Option(names = "--window", paramLabel = "N",
            description = "With --against-history: the number of earlier runs to compare with (default: ${DEFAULT-VALUE}).")
    int window = HistoryService.DEFAULT_GATE_RUNS;

    @Mixin
    ReportOptions reports = new ReportOptions();

    @Option(names = "--metric", paramLabel = "METRIC",
            description = "Gate only this metric; repeatable (default: every metric of the baseline file, or every"
                    + " metric the run has with --against-history; with --write-baseline, the metrics written).")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--warn-on-improvement",
            description = "With --against-history: warn when a metric is better than its history (by default an"
                    + " improvement passes).")
    boolean warnOnImprovement;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--force", description = "With --write-baseline: replace an existing baseline file.")
    boolean force;

    @Option(names = "--stat", paramLabel = "STAT",
            description = "With --write-baseline: the statistic to record (mean, p50, p95, p99, ...; default: ${DEFAULT-VALUE}).")
    String stat = "mean";

    @Option(names = "--warning", paramLabel = "ALLOWANCE",
            description = "With --write-baseline: warning allowance, relative (+5%%) or absolute (+12.5) (default: +5%%).")
    String warning = "+5%";

    @Option(names = "--failure", paramLabel = "ALLOWANCE",
            description = "With --write-baseline: failure allowance (default: +10%%).")
    String failure = "+10%";

    @Override
    protected int run(RunService runs) throws IOException {
        // --against-history resolves its names against the store's measures too.
        List<Metric> chosen = mode.againstHistory ? List.of() : chosenMetrics();
        if (mode.writeBaseline != null) {
            if (!reports.isEmpty()) {
                throw ExitException.usage("--format and --output go with --baseline or --against-history; --write-baseline"
                        + " writes the baseline file it names");
            }
            return writeBaseline(runs, mode.writeBaseline, chosen);
        }
        List<ReportTargets.Target> targets = reports.targets("text", "text", "json", "markdown", "junit");
        if (mode.againstHistory) {
            return gateAgainstHistory(runs, targets);
        }
        return gate(runs, mode.baseline, targets, chosen);
    }

    private List<Metric> chosenMetrics() {
        List<Metric> chosen = new ArrayList<>();
        for (String id : metrics) {
            Metric m = MetricNames.require(id);
            if (chosen.contains(m)) {
                throw ExitException.usage("--metric " + id + " is given twice");
            }
            chosen.add(m);
        }
        return chosen;
    }

    private int gate(RunService runs, Path file, List<ReportTargets.Target> targets, List<Metric> chosen)
            throws IOException {
        CiConfig declared = config.read();
        Optional<LightwaveOsCheck> lightwaveOs = LightwaveOsCheck.detect(runs, reference, file);
        if (lightwaveOs.isPresent()) {
            if (!chosen.isEmpty()) {
                throw ExitException.usage("--metric chooses frame metrics of an lwos-bench baseline; " + file
                        + " is a LightwaveOS baseline, which gates every measure it names");
            }
            LightwaveOsCheckReport report = lightwaveOs.get().decide(runs, declared);
            out().flush();
            for (ReportTargets.Target t : targets) {
                Style style = t.toStdout() ? Style.forTerminal() : Style.PLAIN;
                Outputs.writeText(t.output(), root.stdout(), w -> LightwaveOsCheck.write(report, t.format(), strict, style, w));
                wrote(t);
            }
            return LightwaveOsCheck.exitCode(report, strict);
        }
        Baseline baseline = only(readBaseline(file), chosen, file);
        Run run = runs.resolve(reference);
        GateResult result;
        try {
            result = runs.check(run.id(), baseline);
        } catch (NothingToCompareException e) {
            throw ExitException.usage("cannot check run " + Format.shortId(run.id()) + " (\"" + run.name()
                    + "\") against " + file + ": " + e.getMessage());
        }
        out().flush();
        for (ReportTargets.Target t : targets) {
            Style style = t.toStdout() ? Style.forTerminal() : Style.PLAIN;
            Outputs.writeText(t.output(), root.stdout(), w -> {
                switch (t.format()) {
                    case "json" -> w.print(Json.pretty(CheckJson.toJson(RunRef.of(run), result)));
                    case "junit" -> JUnitXml.check(run, file.toString(), result, strict, w);
                    case "markdown" -> CheckMarkdown.print(run, file.toString(), result, strict, w);
                    default -> CheckText.print(run, file.toString(), result, strict, style, w);
                }
            });
            wrote(t);
        }
        if (result.failed(strict)) {
            GateStatus worst = result.result();
            List<String> culprits = result.metrics().stream().filter(m -> m.status() == worst)
                    .map(MetricGateResult::metric).toList();
            throw new ExitException(ExitCode.GATE_FAILED, "check failed" + (worst == GateStatus.WARN ? " (--strict)" : "")
                    + ": " + String.join(", ", culprits) + " beyond the " + (worst == GateStatus.WARN ? "warning" : "failure")
                    + " limit of " + file);
        }
        return ExitCode.OK;
    }

    /** The baseline restricted to the {@code --metric}s (all of it without any); each must be one of its keys. */
    private static Baseline only(Baseline baseline, List<Metric> chosen, Path file) {
        if (chosen.isEmpty()) {
            return baseline;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Threshold> thresholds = new LinkedHashMap<>();
        for (Metric m : chosen) {
            Double v = baseline.values().get(m.id());
            if (v == null) {
                throw ExitException.usage("--metric " + m.id() + ": " + file + " has no baseline value for it; its keys are "
                        + String.join(", ", baseline.values().keySet()));
            }
            values.put(m.id(), v);
            if (baseline.thresholds().containsKey(m.id())) {
                thresholds.put(m.id(), baseline.thresholds().get(m.id()));
            }
        }
        return new Baseline(values, thresholds, baseline.metadata());
    }

    private int gateAgainstHistory(RunService runs, List<ReportTargets.Target> targets) throws IOException {
        CiConfig declared = config.read(); // before the gate records the change points it reveals
        Run run = runs.resolve(reference);
        List<Metric> chosen = new ArrayList<>();
        List<MeasureRef> chosenMeasures = new ArrayList<>();
        for (String name : metrics) {
            MetricOrMeasure m;
            try {
                m = runs.histories().resolve(name);
            } catch (IllegalArgumentException e) {
                throw ExitException.usage(e.getMessage());
            }
            if (m.isMeasure() ? chosenMeasures.contains(m.measure()) : chosen.contains(m.metric())) {
                throw ExitException.usage("--metric " + name + " is given twice");
            }
            if (m.isMeasure()) {
                chosenMeasures.add(m.measure());
            } else {
                chosen.add(m.metric());
            }
        }
        HistoryQuery query = historyFilters.query(Metric.AVG_TOTAL_US, stat, window, ChangePointOptions.DEFAULT_WINDOW,
                true);
        HistoryGateReport report = ProjectConfig.decide(declared, runs.histories().gate(run, query,
                new HistoryGateOptions(chosen, warnOnImprovement, chosenMeasures)));
        Map<String, MetricHistoryGate> gated = report.all();
        for (String id : java.util.stream.Stream.concat(chosen.stream().map(Metric::id),
                chosenMeasures.stream().map(MeasureRef::toString)).toList()) {
            if (!gated.containsKey(id)) {
                throw ExitException.usage("--metric " + id + ": run " + Format.shortId(run.id()) + " (\""
                        + Printable.of(run.name()) + "\") has no " + stat + " of it to gate");
            }
        }
        if (gated.isEmpty()) {
            throw ExitException.usage("run " + run.id() + " (\"" + Printable.of(run.name()) + "\") has no " + stat
                    + " for any metric: nothing to gate");
        }
        out().flush();
        for (ReportTargets.Target t : targets) {
            Style style = t.toStdout() ? Style.forTerminal() : Style.PLAIN;
            Outputs.writeText(t.output(), root.stdout(), w -> {
                switch (t.format()) {
                    case "json" -> w.print(Json.pretty(HistoryCheckJson.toJson(report)));
                    case "junit" -> HistoryCheckMarkdown.junit(report, strict, w);
                    case "markdown" -> HistoryCheckMarkdown.markdown(report, strict, w);
                    default -> HistoryCheckText.print(report, style, w);
                }
            });
            wrote(t);
        }
        GateStatus worst = report.overall();
        if (worst == GateStatus.FAIL || (strict && worst == GateStatus.WARN)) {
            List<String> culprits = report.all().entrySet().stream().filter(e -> e.getValue().status() == worst)
                    .map(Map.Entry::getKey).toList();
            boolean late = report.all().values().stream().anyMatch(m -> m.status() == worst
                    && MetricHistoryGate.LATE_CHANGE_POINT.equals(m.reason()));
            throw new ExitException(ExitCode.GATE_FAILED, "check failed" + (worst == GateStatus.WARN ? " (--strict)" : "")
                    + ": " + String.join(", ", culprits) + (worst == GateStatus.FAIL ? " changed for the worse"
                    + (late ? " (at this run, or at an earlier run that this run reveals)" : " at this run")
                    : " outside the history's 99% prediction interval"));
        }
        return ExitCode.OK;
    }

    private void wrote(ReportTargets.Target t) {
        if (!t.toStdout() && !global().quiet()) {
            err().println("Wrote the check to " + t.output());
        }
    }

    private int writeBaseline(RunService runs, String target, List<Metric> chosen) throws IOException {
        Statistic statistic;
        Allowance warn;
        Allowance fail;
        try {
            statistic = Statistic.parse(stat);
            warn = Allowance.parse(warning);
            fail = Allowance.parse(failure);
        } catch (IllegalArgumentException e) {
            throw ExitException.usage(e.getMessage());
        }
        Run run = runs.resolve(reference);
        if (!Outputs.isStdout(target) && Files.exists(Path.of(target)) && !force) {
            throw ExitException.usage("baseline file " + target + " exists; add --force to replace it");
        }
        Map<Metric, Summary> summaries = runs.summaries(run.id());
        if (!chosen.isEmpty()) {
            for (Metric m : chosen) {
                if (!summaries.containsKey(m)) {
                    throw ExitException.usage("--metric " + m.id() + ": run " + Format.shortId(run.id()) + " has no values"
                            + " of it");
                }
            }
            summaries.keySet().retainAll(chosen);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("description", "written by lwos-bench check --write-baseline");
        metadata.put("run_id", run.id().toString());
        metadata.put("run_name", run.name());
        metadata.put("sample_count", run.sampleCount());
        metadata.put("started_at", run.startedAt().toString());
        Baseline baseline;
        try {
            baseline = Baseline.fromRun(summaries, statistic, warn, fail, metadata);
        } catch (BaselineFormatException e) {
            throw ExitException.usage("cannot write a baseline from run " + run.id() + " (\"" + Printable.of(run.name()) + "\"): "
                    + e.getMessage());
        }
        out().flush();
        try {
            Outputs.writeText(target, root.stdout(), w -> w.print(BaselineFile.format(baseline)));
        } catch (IOException e) {
            throw ExitException.failure("cannot write " + target + ": " + e.getMessage(), e);
        }
        if (!Outputs.isStdout(target) && !global().quiet()) {
            err().println("Wrote a baseline of " + baseline.values().size() + " metrics (" + statistic.name() + ", warning "
                    + warn.text() + ", failure " + fail.text() + ") from run " + Format.shortId(run.id()) + " \""
                    + Printable.of(run.name()) + "\" to " + target);
        }
        for (BaselineNoise noisy : BaselineNoise.of(summaries, statistic, warn)) {
            err().println("warning: " + noisy.metric().id() + " " + statistic.name() + " " + Format.value(noisy.value())
                    + " " + noisy.metric().unit() + " is uncertain: its 95 % CI " + Format.range(noisy.ci95())
                    + " is wider than the warning allowance " + warn.text() + " (±" + Format.value(noisy.allowance())
                    + " " + noisy.metric().unit() + "); a longer run makes a steadier baseline");
        }
        return ExitCode.OK;
    }

    private static Baseline readBaseline(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw Failures.missing("baseline file", file);
        }
        try {
            return BaselineFile.read(file);
        } catch (BaselineFormatException e) {
            throw Failures.of(file, e);
        } catch (IOException e) {
            throw Failures.unreadable("baseline file", file, e);
        }
    }
}
