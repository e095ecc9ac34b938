package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.analysis.NothingToCompareException;
import io.lightwaveos.bench.text.Printable;
import io.lightwaveos.bench.analysis.Statistic;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import io.lightwaveos.bench.analysis.changepoint.HistoryGate;
import io.lightwaveos.bench.analysis.changepoint.HistoryGateResult;
import io.lightwaveos.bench.analysis.gate.Allowance;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.analysis.gate.BaselineFormatException;
import io.lightwaveos.bench.analysis.gate.BaselineNoise;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.analysis.gate.MetricGateResult;
import io.lightwaveos.bench.analysis.render.CheckMarkdown;
import io.lightwaveos.bench.analysis.render.CheckText;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.JUnitXml;
import io.lightwaveos.bench.analysis.render.Style;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.cli.render.HistoryCheckText;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.history.HistoryQuery;
import io.lightwaveos.bench.service.history.HistoryService;
import io.lightwaveos.bench.service.json.BaselineFile;
import io.lightwaveos.bench.service.json.CheckJson;
import io.lightwaveos.bench.service.json.HistoryCheckJson;
import io.lightwaveos.bench.service.json.Json;
import io.lightwaveos.bench.service.json.RunRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        footer = {"", "A metric fails only when the 95%% interval of its statistic (on the effective sample size) lies"
                + " beyond the failure limit; past the limit but not surely is a warning (possible_failure).",
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

    @Option(names = "--window", paramLabel = "N",
            description = "With --against-history: the number of earlier runs to compare with (default: ${DEFAULT-VALUE}).")
    int window = HistoryService.DEFAULT_GATE_RUNS;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json (lwos-bench/check/v2; with --against-history lwos-bench/history-check/v1), markdown (with --baseline: for a pull request comment or job summary) or junit (JUnit XML for CI: one testcase per baseline key, a failed key is a failure, a skipped key skipped) (default: ${DEFAULT-VALUE}).")
    String format = "text";

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
        String f = Choice.of("--format", format, "text", "json", "markdown", "junit");
        if (mode.againstHistory) {
            if (f.equals("junit") || f.equals("markdown")) {
                throw ExitException.usage("--format " + f + " goes with --baseline; --against-history prints text or json");
            }
            return gateAgainstHistory(runs, f);
        }
        return mode.baseline != null ? gate(runs, mode.baseline, f) : writeBaseline(runs, mode.writeBaseline);
    }

    private int gate(RunService runs, Path file, String f) throws IOException {
        Optional<LightwaveOsCheck> lightwaveOs = LightwaveOsCheck.detect(runs, reference, file);
        if (lightwaveOs.isPresent()) {
            return lightwaveOs.get().gate(runs, f, strict, out());
        }
        Baseline baseline = readBaseline(file);
        Run run = runs.resolve(reference);
        GateResult result;
        try {
            result = runs.check(run.id(), baseline);
        } catch (NothingToCompareException e) {
            throw ExitException.usage("cannot check run " + Format.shortId(run.id()) + " (\"" + run.name()
                    + "\") against " + file + ": " + e.getMessage());
        }
        if (f.equals("json")) {
            out().print(Json.pretty(CheckJson.toJson(RunRef.of(run), result)));
        } else if (f.equals("junit")) {
            JUnitXml.check(run, file.toString(), result, strict, out());
        } else if (f.equals("markdown")) {
            CheckMarkdown.print(run, file.toString(), result, strict, out());
        } else {
            CheckText.print(run, file.toString(), result, strict, Style.forTerminal(), out());
        }
        out().flush();
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

    private int gateAgainstHistory(RunService runs, String f) {
        Run run = runs.resolve(reference);
        HistoryQuery query = historyFilters.query(Metric.AVG_TOTAL_US, stat, window, ChangePointOptions.DEFAULT_WINDOW,
                true);
        Map<Metric, HistoryGateResult> results = runs.histories().gate(run, query);
        if (results.isEmpty()) {
            throw ExitException.usage("run " + run.id() + " (\"" + run.name() + "\") has no " + stat
                    + " for any metric: nothing to gate");
        }
        if (f.equals("json")) {
            out().print(Json.pretty(HistoryCheckJson.toJson(RunRef.of(run), query, results)));
        } else {
            HistoryCheckText.print(run, results, Style.forTerminal(), out());
        }
        out().flush();
        GateStatus worst = HistoryCheckJson.overall(results);
        if (worst == GateStatus.FAIL || (strict && worst == GateStatus.WARN)) {
            List<String> culprits = results.entrySet().stream().filter(e -> e.getValue().status() == worst)
                    .map(e -> e.getKey().id()).toList();
            throw new ExitException(ExitCode.GATE_FAILED, "check failed" + (worst == GateStatus.WARN ? " (--strict)" : "")
                    + ": " + String.join(", ", culprits) + (worst == GateStatus.FAIL ? " changed for the worse at this run"
                    : " outside the history's 99% prediction interval"));
        }
        return ExitCode.OK;
    }

    private int writeBaseline(RunService runs, String target) throws IOException {
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
