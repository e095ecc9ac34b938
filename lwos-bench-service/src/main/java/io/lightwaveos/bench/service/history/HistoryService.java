package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.analysis.changepoint.ChangePoint;
import io.lightwaveos.bench.analysis.changepoint.ChangePointDetector;
import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import io.lightwaveos.bench.analysis.changepoint.HistoryGate;
import io.lightwaveos.bench.analysis.changepoint.HistoryGateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.service.MetricOrMeasure;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunMeasure;
import io.lightwaveos.bench.store.RunStats;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.StoreException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Histories and the history gate, from the per-run statistics the store caches (the samples are
 * never read). Runs still RUNNING and FAILED runs are left out; so are runs without a value for the
 * statistic.
 */
public final class HistoryService {

    /** The default number of runs the gate compares a new run with. */
    public static final int DEFAULT_GATE_RUNS = 30;

    private static final EnumSet<RunStatus> FINISHED = EnumSet.of(RunStatus.COMPLETE, RunStatus.INTERRUPTED);

    private final RunStore store;

    /** A service over an open store; the caller keeps ownership of the store. */
    public HistoryService(RunStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Acknowledged changes in the same store. */
    public Acknowledgements acknowledgements() {
        return new Acknowledgements(store);
    }

    /** Change points revealed by runs, recorded as reported once, in the same store. */
    public ChangeReports changeReports() {
        return new ChangeReports(store, this);
    }

    /**
     * The baseline of a pull request's run (SPEC §15): the base branch's runs on the run's rig and
     * workload at or before the merge-base commit, the newest {@code runs} of them.
     *
     * @see PullRequestBaselines#choose
     */
    public PullRequestBaseline pullRequestBaseline(Run run, String baseBranch, String mergeBase, int runs,
                                                   Ancestry ancestry) {
        return new PullRequestBaselines(this).choose(run, baseBranch, mergeBase, runs, ancestry);
    }

    /** The history {@code query} asks for, with its change points and the changes acknowledged at its runs. */
    public History history(HistoryQuery query) {
        Map<UUID, Measure> measures = new HashMap<>();
        List<HistoryRun> newestFirst = select(query, null, measures);
        String rig = query.allRigs() ? query.rig() : newestOr(newestFirst, true, query.rig());
        String workload = query.allRigs() ? query.workload() : newestOr(newestFirst, false, query.workload());
        List<HistoryPoint> points = points(newestFirst, query.stat(), query.last());
        Collections.reverse(points);
        Measure newest = points.isEmpty() ? null : measures.get(points.get(points.size() - 1).run().id());
        return analyse(query, rig, workload, points, newest);
    }

    /**
     * What {@code name} stands for where a metric is asked for ({@code history NAME},
     * {@code check --against-history --metric NAME}): a frame metric, or a measure some finished run
     * of the store holds ({@link MetricOrMeasure#resolve}: {@code suite:name} when the name alone is
     * ambiguous, {@code frame:NAME} for the frame metric).
     *
     * @throws IllegalArgumentException when the name is ambiguous (listing the choices) or unknown
     */
    public MetricOrMeasure resolve(String name) {
        if (name.startsWith(MetricOrMeasure.FRAME + ":")) {
            return MetricOrMeasure.resolve(name, List.of());
        }
        MeasureRef ref;
        try {
            ref = MeasureRef.parse(name);
        } catch (IllegalArgumentException e) {
            return MetricOrMeasure.resolve(name, List.of());
        }
        List<Measure> known = new ArrayList<>();
        try {
            store.measureHistory(RunFilter.ALL.withStatuses(FINISHED).withLimit(1), ref)
                    .forEach(r -> known.add(r.measure()));
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.AMBIGUOUS) {
                throw e;
            }
            throw new IllegalArgumentException(e.getMessage() + (Metric.byId(name).isPresent()
                    ? ", or " + MetricOrMeasure.FRAME + ":" + name + " for the frame metric" : ""), e);
        }
        return MetricOrMeasure.resolve(name, known);
    }

    /**
     * What a history can be asked of over the runs {@code filters} selects: every frame metric (in
     * registry order), then every measure held by one of the newest {@code filters.last()} finished
     * runs holding measures that match its tags, branch, name glob and start, and its rig and
     * workload where it names them (a measure's history takes the rig and workload of the newest run
     * holding it), ordered by {@code suite:name}. Each comes with the name {@link #resolve} takes
     * for it. The query's own metric or measure and its change-point settings are not used.
     */
    public List<HistorySubject> subjects(HistoryQuery filters) {
        RunFilter filter = filterOf(filters.tags(), filters.branch(), filters.rig(), filters.workload());
        Map<UUID, Integer> holding = store.measureCounts(filter);
        Map<String, Measure> measures = new TreeMap<>();
        if (!holding.isEmpty()) {
            RunGlob glob = filters.nameGlob() == null ? null : RunGlob.of(filters.nameGlob());
            int runs = 0;
            for (Run run : store.listRuns(filter)) { // newest first: the newest holder's unit and direction win
                if (runs == filters.last()) {
                    break;
                }
                if (!holding.containsKey(run.id()) || (glob != null && !glob.matches(run.name()))
                        || (filters.since() != null && run.startedAt().isBefore(filters.since()))) {
                    continue;
                }
                runs++;
                store.measures(run.id()).forEach(m -> measures.putIfAbsent(m.ref().toString(), m));
            }
        }
        List<HistorySubject> out = new ArrayList<>();
        for (Metric metric : Metric.all()) {
            out.add(new HistorySubject(address(metric.id(), MetricOrMeasure.of(metric),
                    MetricOrMeasure.FRAME + ":" + metric.id()), metric, null));
        }
        for (Measure m : measures.values()) {
            out.add(new HistorySubject(address(m.name(), MetricOrMeasure.of(m.ref()), m.ref().toString()), null, m));
        }
        return out;
    }

    /** {@code bare} when {@link #resolve} takes it for {@code subject}, else {@code qualified}. */
    private String address(String bare, MetricOrMeasure subject, String qualified) {
        try {
            return resolve(bare).equals(subject) ? bare : qualified;
        } catch (IllegalArgumentException ambiguous) {
            return qualified;
        }
    }

    /**
     * Gates {@code run} against the runs before it of the same rig, branch and workload (unless the
     * query names others), for every metric that has the query's statistic, with default options.
     *
     * @see #gate(Run, HistoryQuery, HistoryGateOptions)
     */
    public HistoryGateReport gate(Run run, HistoryQuery query) {
        return gate(run, query, HistoryGateOptions.DEFAULT);
    }

    /**
     * Gates {@code run} against the runs before it of the same rig, branch and workload (unless the
     * query names others). Per metric: the history starts at the latest change of the metric
     * acknowledged at one of its runs (or at the run itself: then there is no history yet); a metric
     * whose history is shorter than {@link HistoryGate#MIN_HISTORY} runs passes ungated, with the
     * reason {@code not_enough_history} (a first run of a new rig or branch is not a usage error).
     * When the run is part of that history (its own rig, branch and workload), the change points it
     * reveals are reported and recorded ({@link ChangeReports}): one found late, before this run, in
     * the bad direction fails the metric, once.
     *
     * @param run     the new run
     * @param query   filters (its metric is ignored) and the number of history runs in {@code last}
     * @param options which metrics, and whether improvements warn
     * @return the report; its metrics are those of {@code options} that the run has a value of (all
     *         the run has, in registry order, when {@code options} names none)
     */
    public HistoryGateReport gate(Run run, HistoryQuery query, HistoryGateOptions options) {
        String rig = query.rig() != null ? query.rig() : run.context().rig();
        String branch = query.branch() != null ? query.branch() : run.context().vcs().branch();
        String workload = query.workload() != null ? query.workload() : run.context().workload().effectName();
        boolean ownHistory = Objects.equals(rig, run.context().rig())
                && Objects.equals(branch, run.context().vcs().branch())
                && Objects.equals(workload, run.context().workload().effectName())
                && query.tags().isEmpty() && query.nameGlob() == null && query.since() == null;
        Map<Metric, MetricHistoryGate> out = new LinkedHashMap<>();
        ChangeReports reports = changeReports();
        List<Metric> metrics = new ArrayList<>();
        for (Metric metric : options.metrics().isEmpty()
                ? (options.measures().isEmpty() ? Metric.all() : List.<Metric>of()) : options.metrics()) {
            if (statistic(run.cachedStats().get(metric.id()), query.stat()) != null) {
                metrics.add(metric);
            }
        }
        // Every metric's history holds the same runs: they are read once, with all the metrics' statistics.
        Map<String, List<RunStats>> stored = metrics.isEmpty() ? Map.of()
                : store.metricStats(filterOf(query.tags(), branch, rig, workload), metrics.stream().map(Metric::id).toList(),
                        CachedIntervals.keysOf(query.stat()));
        for (Metric metric : metrics) {
            double value = statistic(run.cachedStats().get(metric.id()), query.stat());
            HistoryQuery same = new HistoryQuery(metric, query.stat(), rig, branch, query.tags(), query.nameGlob(),
                    workload, query.since(), query.last(), true, query.options());
            Series series = series(run, same, stored.get(metric.id()));
            double[] history = series.earlier().stream().mapToDouble(HistoryPoint::value).toArray();
            HistoryGateResult gate = HistoryGate.evaluate(history, value, metric.direction(), same.options(),
                    options.warnOnImprovement());
            List<ChangeReport> changes = ownHistory && gate.enoughHistory()
                    ? reports.reveal(run, MetricOrMeasure.of(metric), metric.direction(), same.stat(), series.earlier(),
                            value, run.cachedStats().getOrDefault(metric.id(), Map.of()), same.options())
                    : List.of();
            out.put(metric, decide(gate, series.since(), changes, options.warnOnImprovement()));
        }
        Map<Measure, MetricHistoryGate> measureGates = new LinkedHashMap<>();
        for (Measure measure : gatedMeasures(run, options)) {
            Double value = statistic(stats(measure), query.stat());
            if (value == null || measure.direction().isEmpty()) {
                continue;
            }
            HistoryQuery same = new HistoryQuery(null, query.stat(), rig, branch, query.tags(), query.nameGlob(),
                    workload, query.since(), query.last(), true, query.options(), measure.ref());
            Series series = series(run, same, null);
            double[] history = series.earlier().stream().mapToDouble(HistoryPoint::value).toArray();
            HistoryGateResult gate = HistoryGate.evaluate(history, value, measure.direction().get(), same.options(),
                    options.warnOnImprovement());
            List<ChangeReport> changes = ownHistory && gate.enoughHistory()
                    ? reports.reveal(run, MetricOrMeasure.of(measure.ref()), measure.direction().get(), same.stat(),
                            series.earlier(), value, stats(measure), same.options())
                    : List.of();
            measureGates.put(measure, decide(gate, series.since(), changes, options.warnOnImprovement()));
        }
        return new HistoryGateReport(run, rig, branch, workload, query.stat(), query.last(), out, measureGates);
    }

    /** The run's measures the options name, or all of them when the options name no metric and no measure. */
    private List<Measure> gatedMeasures(Run run, HistoryGateOptions options) {
        if (!options.metrics().isEmpty() && options.measures().isEmpty()) {
            return List.of();
        }
        List<Measure> all = store.measures(run.id()).measures();
        if (options.measures().isEmpty()) {
            return all;
        }
        List<Measure> chosen = new ArrayList<>();
        for (MeasureRef ref : options.measures()) {
            all.stream().filter(m -> m.ref().equals(ref)).findFirst().ifPresent(chosen::add);
        }
        return chosen;
    }

    /** A measure's values as a history caches a run's statistics: the summary of its repeats, with intervals. */
    static Map<String, Double> stats(Measure measure) {
        Summary summary = Summary.of(measure.values());
        Map<String, Double> stats = new LinkedHashMap<>(summary.asMap());
        CachedIntervals.addTo(stats, summary);
        return stats;
    }

    /** The gate's status, or a late change's when that is worse. */
    private static MetricHistoryGate decide(HistoryGateResult gate, AcknowledgedChange since, List<ChangeReport> changes,
                                            boolean warnOnImprovement) {
        GateStatus status = gate.status();
        String reason = gate.reason();
        for (ChangeReport c : changes) {
            if (c.atThisRun() || status == GateStatus.FAIL) {
                continue;
            }
            if (c.regressed()) {
                status = GateStatus.FAIL;
                reason = MetricHistoryGate.LATE_CHANGE_POINT;
            } else if (warnOnImprovement && status == GateStatus.PASS) {
                status = GateStatus.WARN;
                reason = MetricHistoryGate.LATE_IMPROVEMENT;
            }
        }
        return new MetricHistoryGate(gate, status, reason, since, changes);
    }

    /**
     * The history of {@code run} as {@code query} selects it (its rig, branch and workload set, null
     * meaning "not known"): the newest {@code query.last()} runs started before it, oldest first, from
     * the latest change of the query's metric acknowledged at one of those runs or at the run itself.
     */
    Series series(Run run, HistoryQuery query) {
        return series(run, query, null);
    }

    /** {@link #series(Run, HistoryQuery)} from the metric's statistics already read ({@code stored}), or reading them when null. */
    private Series series(Run run, HistoryQuery query, List<RunStats> stored) {
        List<HistoryRun> earlier = new ArrayList<>();
        for (HistoryRun r : select(query, run, new HashMap<>(), stored)) {
            // Exactly the query's rig, branch and workload: an unknown one (null) selects runs that do not
            // know it either, never every run.
            if (r.startedAt().isBefore(run.startedAt()) && Objects.equals(r.context().rig(), query.rig())
                    && Objects.equals(r.context().vcs().branch(), query.branch())
                    && Objects.equals(r.context().workload().effectName(), query.workload())) {
                earlier.add(r);
            }
        }
        AcknowledgedChange since = latestAcknowledged(query.subject(), run, earlier);
        if (since != null) {
            if (since.runId().equals(run.id())) {
                earlier.clear();
            } else {
                earlier.removeIf(r -> r.startedAt().isBefore(since.runStartedAt()));
            }
        }
        List<HistoryPoint> points = points(earlier, query.stat(), query.last());
        Collections.reverse(points);
        return new Series(points, since);
    }

    /** The earlier runs of a series, oldest first, and the acknowledged change they start at (or null). */
    record Series(List<HistoryPoint> earlier, AcknowledgedChange since) {
    }

    /** The latest acknowledgement of {@code subject} (a metric id or {@code suite:name}) at {@code run} or one of {@code earlier}, or null. */
    private AcknowledgedChange latestAcknowledged(String subject, Run run, List<HistoryRun> earlier) {
        List<AcknowledgedChange> acks = acknowledgements().ofSubject(subject);
        if (acks.isEmpty()) {
            return null;
        }
        Set<UUID> ids = new HashSet<>();
        ids.add(run.id());
        earlier.forEach(r -> ids.add(r.id()));
        AcknowledgedChange latest = null;
        for (AcknowledgedChange a : acks) { // oldest run first
            if (ids.contains(a.runId())) {
                latest = a;
            }
        }
        return latest;
    }

    /**
     * Finished runs matching the query's filters, newest first (rig and workload defaults applied); for
     * a measure's history, the runs holding it, each one's measure put in {@code measures} by run id.
     */
    List<HistoryRun> select(HistoryQuery query, Run exclude, Map<UUID, Measure> measures) {
        return select(query, exclude, measures, null);
    }

    private List<HistoryRun> select(HistoryQuery query, Run exclude, Map<UUID, Measure> measures,
            List<RunStats> storedMetricStats) {
        RunFilter filter = filterOf(query.tags(), query.branch(), query.rig(), query.workload());
        RunGlob glob = query.nameGlob() == null ? null : RunGlob.of(query.nameGlob());
        List<HistoryRun> candidates = new ArrayList<>();
        if (query.measure() != null) {
            for (RunMeasure stored : store.measureHistory(filter, query.measure())) {
                measures.put(stored.id(), stored.measure());
                candidates.add(new HistoryRun(stored.id(), stored.name(), stored.startedAt(), stored.status(),
                        stored.context(), stored.quality(),
                        CachedIntervals.of(Summary.of(stored.measure().values()), query.stat())));
            }
        } else {
            for (RunStats stored : storedMetricStats != null ? storedMetricStats
                    : store.metricStats(filter, List.of(query.metric().id()), CachedIntervals.keysOf(query.stat()))
                            .get(query.metric().id())) {
                if (stored.stats().isEmpty()) {
                    continue; // no value of the metric (a run of measures only): it must not pick the rig
                }
                candidates.add(new HistoryRun(stored.id(), stored.name(), stored.startedAt(), stored.status(),
                        stored.context(), stored.quality(), stored.stats()));
            }
        }
        List<HistoryRun> runs = new ArrayList<>();
        for (HistoryRun r : candidates) {
            if (glob != null && !glob.matches(r.name())) {
                continue;
            }
            if (query.since() != null && r.startedAt().isBefore(query.since())) {
                continue;
            }
            if (exclude != null && r.id().equals(exclude.id())) {
                continue;
            }
            runs.add(r);
        }
        if (!query.allRigs() && !runs.isEmpty()) {
            String rig = newestOr(runs, true, query.rig());
            String workload = newestOr(runs, false, query.workload());
            runs.removeIf(r -> !Objects.equals(r.context().rig(), rig)
                    || !Objects.equals(r.context().workload().effectName(), workload));
        }
        return runs;
    }

    /** The finished runs with these tags, branch, rig and workload (null: any). */
    private static RunFilter filterOf(Set<String> tags, String branch, String rig, String workload) {
        return RunFilter.ALL.withStatuses(FINISHED).withTags(tags).withBranch(branch).withRig(rig)
                .withEffectName(workload);
    }

    /** The asked-for value, else the newest run's rig (or effect name). */
    private static String newestOr(List<HistoryRun> newestFirst, boolean rig, String asked) {
        if (asked != null || newestFirst.isEmpty()) {
            return asked;
        }
        HistoryRun newest = newestFirst.get(0);
        return rig ? newest.context().rig() : newest.context().workload().effectName();
    }

    /** The points of the newest {@code max} runs that have the statistic, newest first. */
    private static List<HistoryPoint> points(List<HistoryRun> newestFirst, SummaryStat stat, int max) {
        List<HistoryPoint> out = new ArrayList<>();
        for (HistoryRun r : newestFirst) {
            if (out.size() == max) {
                break;
            }
            HistoryPoint p = point(r, stat);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** The run's point, or null when it has no value of the statistic. */
    static HistoryPoint point(HistoryRun r, SummaryStat stat) {
        Double value = statistic(r.stats(), stat);
        return value == null ? null
                : new HistoryPoint(r, value, CachedIntervals.read(r.stats(), stat), r.stats().get(SummaryStat.N_EFF.id()));
    }

    static Double statistic(Map<String, Double> cached, SummaryStat stat) {
        if (cached == null) {
            return null;
        }
        Double value = cached.get(stat.id());
        return value == null || !Double.isFinite(value) ? null : value;
    }

    /** {@code regressed} or {@code improved} by {@code direction}; {@code changed} without one (a measure never gated). */
    static String verdict(Direction direction, ChangePoint p) {
        if (direction == null) {
            return "changed";
        }
        boolean worse = direction == Direction.LOWER_IS_BETTER ? p.increase() : !p.increase();
        return worse ? "regressed" : "improved";
    }

    /**
     * How many runs apart two placements of one change may be: the detector can place a change one
     * or two runs later while its new level is short, so a change is the same one within
     * {@code minSegment - 1} runs (at least 1).
     */
    static int samePlace(ChangePointOptions options) {
        return Math.max(1, options.minSegment() - 1);
    }

    private History analyse(HistoryQuery query, String rig, String workload, List<HistoryPoint> points,
                            Measure measure) {
        double[] values = points.stream().mapToDouble(HistoryPoint::value).toArray();
        List<AcknowledgedChange> acknowledged = new ArrayList<>();
        Map<UUID, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            index.put(points.get(i).run().id(), i);
        }
        if (!points.isEmpty()) {
            for (AcknowledgedChange a : acknowledgements().ofSubject(query.subject())) {
                if (index.containsKey(a.runId())) {
                    acknowledged.add(a);
                }
            }
        }
        int near = samePlace(query.options());
        List<HistoryChange> changes = new ArrayList<>();
        for (ChangePoint p : ChangePointDetector.detect(values, query.options())) {
            AcknowledgedChange ack = null;
            for (AcknowledgedChange a : acknowledged) {
                if (Math.abs(index.get(a.runId()) - p.index()) <= near) {
                    ack = a;
                }
            }
            Direction direction = query.metric() != null ? query.metric().direction()
                    : measure == null ? null : measure.direction().orElse(null);
            changes.add(new HistoryChange(p, points.get(p.index()), verdict(direction, p), ack));
        }
        return new History(query, rig, workload, points, changes, acknowledged, measure);
    }
}
