package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.Intervals;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.analysis.gate.BaselineFormatException;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.Style;
import io.lightwaveos.bench.ci.config.CiConfig;
import io.lightwaveos.bench.ci.config.ConfigException;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.cli.render.LightwaveOsCheckJson;
import io.lightwaveos.bench.cli.render.LightwaveOsCheckReport;
import io.lightwaveos.bench.cli.render.LightwaveOsCheckText;
import io.lightwaveos.bench.formats.FormatException;
import io.lightwaveos.bench.formats.FormatLimits;
import io.lightwaveos.bench.formats.ReadResult;
import io.lightwaveos.bench.formats.ResultFormat;
import io.lightwaveos.bench.formats.SourceText;
import io.lightwaveos.bench.formats.regression.MeanInterval;
import io.lightwaveos.bench.formats.regression.MeasureGate;
import io.lightwaveos.bench.formats.regression.RegressionCheck;
import io.lightwaveos.bench.formats.regression.Severity;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.json.BaselineFile;
import io.lightwaveos.bench.service.json.Json;
import io.lightwaveos.bench.service.json.RunRef;
import io.lightwaveos.bench.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code check RUN --baseline FILE} when FILE is a LightwaveOS baseline ({@code benchmark_baseline.json}:
 * measure values, {@code _thresholds} with signed percent strings and a direction, {@code _metadata}):
 * the run's measures are decided as {@code detect_regressions.py} decides them
 * ({@link MeasureGate}), with the noise-aware rule for repeats.
 *
 * <p>Which kind of baseline a file is comes from its content: a file only the LightwaveOS reader
 * accepts (a {@code "-5%"} threshold, which lwos-bench's allowances refuse) is one; a file only
 * lwos-bench's reader accepts (a {@code stat}, an absolute allowance, a threshold without a
 * direction) is not. A file both accept (plain values, thresholds both could mean) is a LightwaveOS
 * baseline when some key names a measure of the run that is not one of its frame metrics and no
 * key names a frame metric of the run that is not also a measure; else it is gated as before.
 */
final class LightwaveOsCheck {

    private final Path file;
    private final Run run;
    private final ReadResult baseline;
    private final MeasureSet measures;

    private LightwaveOsCheck(Path file, Run run, ReadResult baseline, MeasureSet measures) {
        this.file = file;
        this.run = run;
        this.baseline = baseline;
        this.measures = measures;
    }

    /**
     * Reads {@code file} and tells whether it is a LightwaveOS baseline for the run {@code reference} names.
     *
     * @return the check to run, or empty when the file is an lwos-bench baseline (gated by the frame gate)
     * @throws ExitException a usage error when the file is missing, or neither kind of baseline
     *                       (naming the file, the key and the line)
     */
    static Optional<LightwaveOsCheck> detect(RunService runs, String reference, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw Failures.missing("baseline file", file);
        }
        SourceText text;
        try {
            text = SourceText.read(file, FormatLimits.DEFAULT);
        } catch (FormatException e) {
            throw new ExitException(ExitCode.USAGE, "baseline " + e.getMessage(), e);
        } catch (IOException e) {
            throw Failures.unreadable("baseline file", file, e);
        }
        Baseline own = null;
        BaselineFormatException ownProblem = null;
        try {
            own = BaselineFile.parse(text.text());
        } catch (BaselineFormatException e) {
            ownProblem = e;
        }
        ReadResult theirs = null;
        FormatException theirProblem = null;
        try {
            theirs = ResultFormat.LWOS_JSON.read(text, FormatLimits.DEFAULT);
        } catch (FormatException e) {
            theirProblem = e;
        }
        if (own == null && theirs == null) {
            throw new ExitException(ExitCode.USAGE, "baseline " + file + ": " + ownProblem.getMessage()
                    + "; nor is it a LightwaveOS baseline: " + theirProblem.getMessage(), ownProblem);
        }
        Run run = runs.resolve(reference);
        if (theirs == null) {
            return Optional.empty();
        }
        MeasureSet measures = runs.measures(run.id());
        if (own != null && !namesMeasures(own, run, measures)) {
            return Optional.empty();
        }
        if (measures.isEmpty()) {
            throw ExitException.usage("run " + Format.shortId(run.id()) + " (\"" + Printable.of(run.name())
                    + "\") holds no measures; " + file + " is a LightwaveOS baseline, which gates measures"
                    + " (import the benchmark's results with import FILE --format lwos-json or lwos-native-log)");
        }
        return Optional.of(new LightwaveOsCheck(file, run, theirs, measures));
    }

    /** For a file both readers accept: whether its keys name the run's measures rather than its frame metrics. */
    private static boolean namesMeasures(Baseline own, Run run, MeasureSet measures) {
        Set<String> names = new HashSet<>();
        measures.forEach(m -> names.add(m.name()));
        boolean measureOnly = false;
        boolean frameOnly = false;
        for (String key : own.values().keySet()) {
            boolean measure = names.contains(key);
            boolean frame = run.sampleCount() > 0 && Metric.byId(key).isPresent();
            measureOnly |= measure && !frame;
            frameOnly |= frame && !measure;
        }
        return measureOnly && !frameOnly;
    }

    /**
     * Decides every key of the baseline and every new measure of the gated suite, with the file's
     * thresholds, each replaced by the config's where it declares some ({@link CiConfig#thresholdsOver}).
     *
     * @throws ExitException a usage error naming the config line when a declared bound contradicts a direction
     */
    LightwaveOsCheckReport decide(RunService runs, CiConfig config) {
        Map<String, Double> values = RegressionCheck.valuesOf(baseline.measures());
        Map<String, Threshold> thresholds;
        try {
            thresholds = config.thresholdsOver(baseline);
        } catch (ConfigException e) {
            throw ExitException.usage(e.getMessage());
        }
        String suite = MeasureGate.suiteOf(measures, values.keySet()).orElseThrow();
        List<Measure> gated = MeasureGate.suiteMeasures(measures, values.keySet());
        Map<Measure, Summary> summaries = runs.measureSummaries(run.id());
        MeasureGate.Result result = MeasureGate.gate(values, thresholds, gated, m -> interval(summaries.get(m)));
        List<Measure> others = measures.measures().stream().filter(m -> !gated.contains(m)).toList();
        Map<String, String> units = new HashMap<>();
        baseline.measures().forEach(m -> units.put(m.name(), m.unit()));
        return new LightwaveOsCheckReport(run, file.toString(), suite, baseline.thresholds().isEmpty(), result, others,
                units);
    }

    /** Prints {@code report} in {@code format}: {@code text} (in {@code style}), {@code json}, {@code markdown} or {@code junit}. */
    static void write(LightwaveOsCheckReport report, String format, boolean strict, Style style, PrintWriter out) {
        switch (format) {
            case "json" -> out.print(Json.pretty(LightwaveOsCheckJson.toJson(RunRef.of(report.run()), report)));
            case "junit" -> LightwaveOsCheckText.junit(report, strict, out);
            case "markdown" -> LightwaveOsCheckText.markdown(report, strict, out);
            default -> LightwaveOsCheckText.print(report, strict, style, out);
        }
        out.flush();
    }

    /**
     * {@link ExitCode#OK}, unless the gate fails.
     *
     * @throws ExitException {@link ExitCode#GATE_FAILED} naming the keys, on a failure, or on a warning with {@code strict}
     */
    static int exitCode(LightwaveOsCheckReport report, boolean strict) {
        MeasureGate.Result result = report.result();
        if (result.failed(strict)) {
            Severity worst = result.overall();
            List<String> culprits = result.verdicts().stream().filter(v -> v.severity() == worst)
                    .map(LightwaveOsCheckText::culprit).toList();
            throw new ExitException(ExitCode.GATE_FAILED, "check failed" + (worst == Severity.WARNING ? " (--strict)" : "")
                    + ": " + String.join(", ", culprits) + " against the LightwaveOS baseline " + report.baselineName());
        }
        return ExitCode.OK;
    }

    /** The 95 % interval of the mean of a measure's repeats; null for a single value. */
    private static MeanInterval interval(Summary s) {
        Interval ci = s == null ? null : Intervals.mean(s);
        return ci == null ? null : new MeanInterval(ci.lo(), ci.hi(), s.nEff());
    }
}
