package io.lightwaveos.bench.ci;

import io.lightwaveos.bench.analysis.NothingToCompareException;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import io.lightwaveos.bench.analysis.changepoint.HistoryGateResult;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.compare.MetricComparison;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.analysis.gate.BaselineFormatException;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.analysis.gate.MetricGateResult;
import io.lightwaveos.bench.analysis.gate.ThresholdDecision;
import io.lightwaveos.bench.ci.config.CiConfig;
import io.lightwaveos.bench.ci.config.ConfigException;
import io.lightwaveos.bench.ci.event.CiEvent;
import io.lightwaveos.bench.ci.report.CiReport;
import io.lightwaveos.bench.formats.FormatException;
import io.lightwaveos.bench.formats.ReadResult;
import io.lightwaveos.bench.formats.ResultFormat;
import io.lightwaveos.bench.formats.regression.KeyVerdict;
import io.lightwaveos.bench.formats.regression.RegressionCheck;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.service.RunSelection;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.history.Ancestry;
import io.lightwaveos.bench.service.history.ChangeReport;
import io.lightwaveos.bench.service.history.HistoryGateOptions;
import io.lightwaveos.bench.service.history.HistoryGateReport;
import io.lightwaveos.bench.service.history.HistoryQuery;
import io.lightwaveos.bench.service.history.HistoryRun;
import io.lightwaveos.bench.service.history.MetricHistoryGate;
import io.lightwaveos.bench.service.history.PullRequestBaseline;
import io.lightwaveos.bench.service.json.BaselineFile;
import io.lightwaveos.bench.service.json.RunRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The decision of {@code lwos-bench ci} (SPEC §15), computed once into a {@link CiReport}: the
 * baseline by the event (a push: the run's own history; a pull request: the base branch's runs at
 * or before the merge base, pooled; else the {@code --baseline} file; else none), then each frame
 * metric and measure decided by thresholds AND statistics, and {@code --confirm-rigs}. Reaches the
 * store only through {@link RunService}; posts nothing ({@link CiPublisher}, {@link CiNotifier} do).
 *
 * <pre>{@code
 * CiGate.Outcome o = new CiGate(runs, config, options).decide(run, event, new GitAncestry(Path.of("")));
 * o.report();      // one report for every output
 * o.changes();     // change points this push revealed, for the webhooks
 * }</pre>
 */
public final class CiGate {

    private final RunService runs;
    private final CiConfig config;
    private final CiOptions options;

    /**
     * @param runs    the service over the store
     * @param config  thresholds, tracked branches, baseline runs, confirm rigs
     * @param options the command line's choices
     */
    public CiGate(RunService runs, CiConfig config, CiOptions options) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.config = Objects.requireNonNull(config, "config");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * What was decided.
     *
     * @param report  the report, nothing posted yet
     * @param changes change points this run revealed on a tracked branch (to notify once per webhook)
     */
    public record Outcome(CiReport report, List<ChangeReport> changes) {
        /** Copies the list. */
        public Outcome {
            Objects.requireNonNull(report, "report");
            changes = List.copyOf(changes);
        }
    }

    /** Rows, baseline and notes of one way of deciding. */
    private record Decision(CiReport.Baseline baseline, List<CiReport.MeasureRow> rows, List<String> notes,
            List<ChangeReport> changes) {
    }

    /**
     * Decides {@code run} for {@code event}.
     *
     * @param ancestry which commits are ancestors of the merge base ({@link Ancestry#UNKNOWN} without a checkout)
     * @throws CiUsageException when the baseline file cannot be read, or a chosen metric is not there
     */
    public Outcome decide(Run run, CiEvent event, Ancestry ancestry) {
        Decision d = decideRun(run, event, ancestry, true);
        List<CiReport.MeasureRow> rows = confirm(run, event, ancestry, d.rows());
        checkChosen(run, d);
        CiReport.RunInfo info = new CiReport.RunInfo(RunRef.of(run), run.context().rig(), run.context().vcs().branch(),
                run.context().vcs().commit() != null ? run.context().vcs().commit() : event.commit());
        List<String> notes = new ArrayList<>(d.notes());
        CiReport report = CiReport.of(config.name(), info, event, d.baseline(), rows, notes);
        return new Outcome(report, d.changes());
    }

    private Decision decideRun(Run run, CiEvent event, Ancestry ancestry, boolean record) {
        List<String> notes = new ArrayList<>();
        if (event.isPullRequest()) {
            Decision pr = pullRequest(run, event, ancestry, notes);
            if (pr != null) {
                return pr;
            }
        } else {
            Decision push = push(run, event, notes, record);
            if (push != null) {
                return push;
            }
        }
        if (options.baselineFile() != null) {
            return file(run, options.baselineFile(), notes);
        }
        if (notes.stream().noneMatch(n -> n.startsWith("no baseline"))) {
            notes.add(0, "no baseline: nothing to compare with, so this passes");
        }
        return new Decision(CiReport.Baseline.NONE, List.of(), notes, List.of());
    }

    // ---- push: the run's own history -------------------------------------------------------------

    private Decision push(Run run, CiEvent event, List<String> notes, boolean record) {
        String branch = run.context().vcs().branch() != null ? run.context().vcs().branch() : event.branch();
        boolean tracked = config.tracks(branch);
        if (!tracked && branch != null) {
            notes.add("branch " + branch + " is not tracked (tracked: " + String.join(", ", config.trackedBranches())
                    + "): gated against its own history, no notification");
        }
        List<CiReport.MeasureRow> rows = new ArrayList<>();
        List<ChangeReport> changes = new ArrayList<>();
        Set<UUID> baselineRuns = new LinkedHashSet<>();
        List<Run> before = earlierRuns(run, Math.max(options.window(), config.baselineRuns())); // one query for both
        boolean gated = false;
        if (hasFrames(run) && (!options.chosen() || !options.metrics().isEmpty())) {
            HistoryQuery query = new HistoryQuery(Metric.AVG_TOTAL_US, SummaryStat.MEAN, null, null, Set.of(), null,
                    null, null, options.window(), true, ChangePointOptions.defaults());
            // The frame metrics only: a push decides measures by measureRows, and a measure's gate would
            // record its change points without anyone notifying them.
            HistoryGateReport gate = runs.histories().gate(run, query, new HistoryGateOptions(
                    options.metrics().isEmpty() ? Metric.all() : options.metrics(), options.warnOnImprovement()));
            for (Map.Entry<Metric, MetricHistoryGate> e : gate.metrics().entrySet()) {
                MetricHistoryGate m = e.getValue();
                if (!m.gate().enoughHistory()) {
                    continue;
                }
                gated = true;
                rows.add(historyRow(e.getKey(), m));
                if (tracked) {
                    changes.addAll(m.changes());
                }
            }
            if (gated) {
                java.time.Instant since = gate.metrics().values().stream().filter(m -> m.since() != null)
                        .map(m -> m.since().runStartedAt()).max(java.time.Instant::compareTo).orElse(null);
                for (Run r : newest(before, gate.window())) {
                    if (since == null || !r.startedAt().isBefore(since)) {
                        baselineRuns.add(r.id()); // from the acknowledged change on
                    }
                }
            } else if (gate.note() != null) {
                notes.add(gate.note());
            }
        }
        List<UUID> earlier = newest(before, config.baselineRuns()).stream().map(Run::id).toList();
        if (!runs.measures(run.id()).isEmpty() && !earlier.isEmpty()) {
            rows.addAll(measureRows(run, earlier));
            baselineRuns.addAll(earlier);
            gated = true;
        }
        if (!gated) {
            return null;
        }
        List<UUID> ids = new ArrayList<>(baselineRuns);
        return new Decision(new CiReport.Baseline(CiReport.Baseline.Kind.HISTORY, ids, null, branch, null), rows, notes,
                changes);
    }

    private CiReport.MeasureRow historyRow(Metric metric, MetricHistoryGate m) {
        HistoryGateResult g = m.gate();
        Optional<Threshold> t = threshold(metric);
        MetricHistoryGate d = t.isPresent() ? m.decidedBy(t.get()) : m;
        String reason = t.isPresent() ? d.reason() : m.status() == GateStatus.PASS ? null
                : m.status() == GateStatus.FAIL ? m.failWords() : words(m.reason());
        return new CiReport.MeasureRow(metric.id(), metric.unit(), metric.direction(), g.historyMean(), g.value(),
                m.relativeChange(), null, d.status(), reason);
    }

    /** Finished runs of the run's rig, branch and workload started before it, the newest {@code n}, oldest first. */
    private List<Run> earlierRuns(Run run, int n) {
        RunSelection selection = RunSelection.ALL.withStatuses(List.of(RunStatus.COMPLETE, RunStatus.INTERRUPTED))
                .withRig(run.context().rig()).withBranch(run.context().vcs().branch())
                .withEffectName(run.context().workload().effectName());
        // The run is the newest of its history when CI gates it as it is collected: n + 1 runs then
        // hold the n before it; only when some are newer (a rerun of an old commit) is all read.
        List<Run> newest = runs.list(selection.withLimit(n + 1));
        List<Run> out = before(run, newest, n);
        if (out.size() < n && newest.size() == n + 1) {
            out = before(run, runs.list(selection), n);
        }
        Collections.reverse(out);
        return out;
    }

    /** The first {@code n} of {@code newestFirst} started before {@code run}, of its rig, branch and workload. */
    private static List<Run> before(Run run, List<Run> newestFirst, int n) {
        List<Run> out = new ArrayList<>();
        for (Run r : newestFirst) {
            if (out.size() < n && r.startedAt().isBefore(run.startedAt()) && !r.id().equals(run.id())
                    && Objects.equals(r.context().rig(), run.context().rig())
                    && Objects.equals(r.context().vcs().branch(), run.context().vcs().branch())
                    && Objects.equals(r.context().workload().effectName(), run.context().workload().effectName())) {
                out.add(r);
            }
        }
        return out;
    }

    /** The newest {@code n} of runs given oldest first, oldest first. */
    private static List<Run> newest(List<Run> oldestFirst, int n) {
        return oldestFirst.subList(Math.max(0, oldestFirst.size() - n), oldestFirst.size());
    }

    // ---- pull request: the base branch at the merge base -----------------------------------------

    private Decision pullRequest(Run run, CiEvent event, Ancestry ancestry, List<String> notes) {
        String mergeBase = options.mergeBase() != null ? options.mergeBase() : event.baseCommit();
        if (event.baseBranch() == null) {
            notes.add("no baseline: the pull request's base branch is not known");
            return null;
        }
        if (mergeBase == null) {
            notes.add("no baseline: the merge base is not known (give --merge-base SHA, or run inside a checkout"
                    + " that has " + event.baseBranch() + ")");
            return null;
        }
        PullRequestBaseline pb;
        try {
            pb = runs.histories().pullRequestBaseline(run, event.baseBranch(), mergeBase, config.baselineRuns(), ancestry);
        } catch (IllegalArgumentException e) {
            throw new CiUsageException("--merge-base: " + e.getMessage(), e);
        }
        if (!pb.found()) {
            notes.add(pb.note());
            return null;
        }
        List<UUID> ids = new ArrayList<>(pb.runs().stream().map(HistoryRun::id).toList());
        Collections.reverse(ids); // oldest first
        List<CiReport.MeasureRow> rows = new ArrayList<>();
        if (hasFrames(run) && (!options.chosen() || !options.metrics().isEmpty())) {
            rows.addAll(comparisonRows(ids, run));
        }
        if (!runs.measures(run.id()).isEmpty()) {
            rows.addAll(measureRows(run, ids));
        }
        if (pb.runs().size() < config.baselineRuns()) {
            notes.add(pb.runs().size() + " of the " + config.baselineRuns() + " baseline runs asked for exist at or"
                    + " before the merge base");
        }
        return new Decision(new CiReport.Baseline(CiReport.Baseline.Kind.MERGE_BASE, ids, pb.mergeBase(),
                pb.baseBranch(), null), rows, notes, List.of());
    }

    private List<CiReport.MeasureRow> comparisonRows(List<UUID> baseline, Run run) {
        Comparison c;
        try {
            c = runs.comparePooled(baseline, run.id(), CompareOptions.defaults().withMetrics(options.metrics()));
        } catch (NothingToCompareException e) {
            return List.of();
        }
        List<CiReport.MeasureRow> rows = new ArrayList<>();
        for (MetricComparison mc : c.metrics()) {
            if (mc.derived()) {
                continue;
            }
            Metric metric = mc.metric();
            boolean real = mc.verdict() == io.lightwaveos.bench.analysis.compare.Verdict.REGRESSED;
            Optional<Threshold> t = threshold(metric);
            ThresholdDecision d = t.isPresent()
                    ? ThresholdDecision.withThreshold(mc.relativeChange(), t.get(), real, "regressed")
                    : ThresholdDecision.ofVerdict(mc.verdict(), mc.relativeChange(), metric.direction(),
                            options.warnOnImprovement());
            rows.add(new CiReport.MeasureRow(metric.id(), metric.unit(), metric.direction(), mean(mc.a()), mean(mc.b()),
                    mc.relativeChange(), mc.verdict(), d.decision(), d.reason()));
        }
        return rows;
    }

    // ---- single values: measures of imported results ---------------------------------------------

    /**
     * The run's measures against the mean of {@code baseline}'s, with the LightwaveOS semantics
     * ({@link RegressionCheck}): the config's thresholds; missing fails, new warns, no threshold passes.
     */
    private List<CiReport.MeasureRow> measureRows(Run run, List<UUID> baseline) {
        MeasureSet current = chosen(runs.measures(run.id()));
        Map<String, List<Double>> before = new LinkedHashMap<>();
        Map<String, Measure> kinds = new LinkedHashMap<>();
        for (UUID id : baseline) {
            for (Measure m : chosen(runs.measures(id))) {
                before.computeIfAbsent(key(m), k -> new ArrayList<>()).add(m.mean());
                kinds.putIfAbsent(key(m), m);
            }
        }
        Map<String, Double> baseValues = new LinkedHashMap<>();
        before.forEach((k, v) -> baseValues.put(k, v.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        Map<String, Double> currentValues = new LinkedHashMap<>();
        for (Measure m : current) {
            currentValues.put(key(m), m.mean());
            kinds.put(key(m), m);
        }
        Map<String, Threshold> thresholds = new LinkedHashMap<>();
        kinds.forEach((k, m) -> measureThreshold(m).ifPresent(t -> thresholds.put(k, t)));
        return singleValueRows(RegressionCheck.check(baseValues, currentValues, thresholds), kinds, thresholds);
    }

    private List<CiReport.MeasureRow> singleValueRows(RegressionCheck.Report report, Map<String, Measure> kinds,
            Map<String, Threshold> thresholds) {
        List<CiReport.MeasureRow> rows = new ArrayList<>();
        for (KeyVerdict v : report.verdicts()) {
            Measure m = kinds.get(v.key());
            Threshold t = thresholds.get(v.key());
            Direction direction = t != null ? t.direction() : m == null ? null : m.direction().orElse(null);
            GateStatus decision = switch (v.severity()) {
                case FAILURE -> GateStatus.FAIL;
                case WARNING -> GateStatus.WARN;
                default -> GateStatus.PASS;
            };
            String reason = switch (v.kind()) {
                case MISSING -> "missing from this run";
                case NEW -> "new, not in the baseline";
                case NO_THRESHOLD -> "not gated";
                case REGRESSION -> "beyond fail " + t.failureText();
                case WARNING -> "beyond warn " + t.warningText();
                default -> null;
            };
            boolean both = v.kind() != KeyVerdict.Kind.MISSING && v.kind() != KeyVerdict.Kind.NEW;
            Double relative = both && v.baseline() != 0 ? (v.current() - v.baseline()) / v.baseline() : null;
            rows.add(new CiReport.MeasureRow(v.key(), m == null ? "" : m.unit(), direction,
                    v.kind() == KeyVerdict.Kind.NEW ? null : v.baseline(),
                    v.kind() == KeyVerdict.Kind.MISSING ? null : v.current(), relative, null, decision, reason));
        }
        return rows;
    }

    // ---- a baseline file -------------------------------------------------------------------------

    private Decision file(Run run, Path path, List<String> notes) {
        if (!Files.isRegularFile(path)) {
            throw new CiUsageException("--baseline " + path + ": no such file");
        }
        CiReport.Baseline baseline = new CiReport.Baseline(CiReport.Baseline.Kind.FILE, List.of(), null, null,
                path.toString());
        List<CiReport.MeasureRow> rows = new ArrayList<>();
        if (!runs.measures(run.id()).isEmpty()) {
            ReadResult file;
            try {
                file = ResultFormat.LWOS_JSON.read(path);
            } catch (FormatException e) {
                throw new CiUsageException("--baseline " + e.getMessage(), e);
            } catch (IOException e) {
                throw new CiUsageException("--baseline " + path + ": cannot read it: " + e.getMessage(), e);
            }
            Map<String, Threshold> thresholds;
            try {
                thresholds = config.thresholdsOver(file);
            } catch (ConfigException e) {
                throw new CiUsageException(e.getMessage(), e);
            }
            Map<String, Measure> kinds = new LinkedHashMap<>();
            file.measures().forEach(m -> kinds.put(m.name(), m));
            Map<String, Double> current = new LinkedHashMap<>();
            for (Measure m : chosen(runs.measures(run.id()))) {
                current.put(m.name(), m.mean());
                kinds.put(m.name(), m);
            }
            rows.addAll(singleValueRows(RegressionCheck.check(RegressionCheck.valuesOf(file.measures()), current,
                    thresholds), kinds, thresholds));
        } else if (hasFrames(run)) {
            Baseline b;
            try {
                b = BaselineFile.read(path);
            } catch (BaselineFormatException e) {
                throw new CiUsageException("--baseline " + path + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new CiUsageException("--baseline " + path + ": cannot read it: " + e.getMessage(), e);
            }
            GateResult result;
            try {
                result = runs.check(run.id(), b);
            } catch (NothingToCompareException e) {
                throw new CiUsageException("--baseline " + path + ": " + e.getMessage(), e);
            }
            for (MetricGateResult m : result.metrics()) {
                if (m.status() == GateStatus.SKIPPED) {
                    continue;
                }
                Optional<Metric> metric = Metric.byId(m.metric());
                if (metric.isPresent() && !options.metrics().isEmpty() && !options.metrics().contains(metric.get())) {
                    continue;
                }
                Double relative = m.change() != null && m.baseline() != 0 ? m.change() / m.baseline() : null;
                rows.add(new CiReport.MeasureRow(m.metric(), metric.map(Metric::unit).orElse(""),
                        metric.map(Metric::direction).orElse(null), m.baseline(), m.value(), relative, null, m.status(),
                        m.reason() == null ? (m.status() == GateStatus.FAIL ? "beyond the failure limit" : null)
                                : words(m.reason().toString())));
            }
        }
        return new Decision(baseline, rows, notes, List.of());
    }

    // ---- --confirm-rigs ------------------------------------------------------------------------

    /**
     * Keeps a fail only when the same commit failed that row on {@code K} rigs: the other rigs' runs of
     * the commit (same workload, the newest per rig) are decided the same way, without recording.
     */
    private List<CiReport.MeasureRow> confirm(Run run, CiEvent event, Ancestry ancestry, List<CiReport.MeasureRow> rows) {
        int k = options.confirmRigs() != null ? options.confirmRigs() : config.confirmRigs();
        if (k <= 1 || rows.stream().noneMatch(r -> r.decision() == GateStatus.FAIL)) {
            return rows;
        }
        String commit = run.context().vcs().commit();
        Map<String, Run> others = new LinkedHashMap<>();
        if (commit != null) {
            RunSelection selection = RunSelection.ALL.withStatuses(List.of(RunStatus.COMPLETE, RunStatus.INTERRUPTED))
                    .withEffectName(run.context().workload().effectName());
            for (Run r : runs.list(selection)) { // newest first
                if (!r.id().equals(run.id()) && r.context().rig() != null
                        && !Objects.equals(r.context().rig(), run.context().rig())
                        && commit.equalsIgnoreCase(String.valueOf(r.context().vcs().commit()))) {
                    others.putIfAbsent(r.context().rig(), r);
                }
            }
        }
        Map<String, List<String>> failedOn = new LinkedHashMap<>();
        for (Run other : others.values()) {
            for (CiReport.MeasureRow r : decideRun(other, event, ancestry, false).rows()) {
                if (r.decision() == GateStatus.FAIL) {
                    failedOn.computeIfAbsent(r.name(), n -> new ArrayList<>()).add(other.context().rig());
                }
            }
        }
        List<CiReport.MeasureRow> out = new ArrayList<>();
        for (CiReport.MeasureRow r : rows) {
            int rigs = 1 + failedOn.getOrDefault(r.name(), List.of()).size();
            if (r.decision() == GateStatus.FAIL && rigs < k) {
                out.add(new CiReport.MeasureRow(r.name(), r.unit(), r.direction(), r.baseline(), r.current(),
                        r.relativeChange(), r.verdict(), GateStatus.WARN, "unconfirmed: " + r.reason() + " on " + rigs
                        + " of the " + k + " rigs needed (" + others.size() + " other rig"
                        + (others.size() == 1 ? "" : "s") + " ran commit " + shortSha(commit) + ")"));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private void checkChosen(Run run, Decision d) {
        if (d.baseline().kind() == CiReport.Baseline.Kind.NONE) {
            return;
        }
        for (Metric m : options.metrics()) {
            if (d.rows().stream().noneMatch(r -> r.name().equals(m.id())) && !run.cachedStats().containsKey(m.id())) {
                throw new CiUsageException("--metric " + m.id() + ": run " + run.id() + " has no values of it");
            }
        }
    }

    private static boolean hasFrames(Run run) {
        return !run.cachedStats().isEmpty();
    }

    private MeasureSet chosen(MeasureSet all) {
        if (!options.chosen()) {
            return all;
        }
        List<Measure> kept = new ArrayList<>();
        for (Measure m : all) {
            if (options.measures().stream().anyMatch(ref -> ref.matches(m))) {
                kept.add(m);
            }
        }
        return MeasureSet.of(kept);
    }

    /** A measure's name in rows: {@code suite:name}. */
    private static String key(Measure m) {
        return m.ref().toString();
    }

    private Optional<Threshold> threshold(Metric metric) {
        try {
            return config.threshold(metric);
        } catch (ConfigException e) {
            throw new CiUsageException(e.getMessage(), e);
        }
    }

    private Optional<Threshold> measureThreshold(Measure m) {
        try {
            return config.threshold(m);
        } catch (ConfigException e) {
            throw new CiUsageException(e.getMessage(), e);
        }
    }

    private static Double mean(Summary s) {
        return s == null ? null : s.mean();
    }

    private static String words(String reason) {
        return reason == null ? null : reason.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String shortSha(String sha) {
        return sha == null ? "?" : sha.length() > 7 ? sha.substring(0, 7) : sha;
    }
}
