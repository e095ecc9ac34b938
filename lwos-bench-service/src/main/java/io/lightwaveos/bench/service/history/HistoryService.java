package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.analysis.changepoint.ChangePoint;
import io.lightwaveos.bench.analysis.changepoint.ChangePointDetector;
import io.lightwaveos.bench.analysis.changepoint.HistoryGate;
import io.lightwaveos.bench.analysis.changepoint.HistoryGateResult;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStats;
import io.lightwaveos.bench.store.RunStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** The history {@code query} asks for, with its change points. */
    public History history(HistoryQuery query) {
        List<HistoryRun> newestFirst = select(query, null);
        String rig = query.allRigs() ? query.rig() : newestOr(newestFirst, true, query.rig());
        String workload = query.allRigs() ? query.workload() : newestOr(newestFirst, false, query.workload());
        List<HistoryPoint> points = points(newestFirst, query.stat(), query.last());
        Collections.reverse(points);
        return analyse(query, rig, workload, points);
    }

    /**
     * Gates {@code run} against the runs before it of the same rig, branch and workload (unless the
     * query names others), for every metric that has the query's statistic. A metric whose history
     * is shorter than {@link HistoryGate#MIN_HISTORY} runs passes ungated, with the reason
     * {@code not_enough_history} (a first run of a new rig or branch is not a usage error).
     *
     * @param run     the new run
     * @param query   filters (its metric is ignored) and the number of history runs in {@code last}
     * @return one result per metric gated, in registry order; empty when the run has no statistic
     */
    public Map<Metric, HistoryGateResult> gate(Run run, HistoryQuery query) {
        Map<Metric, HistoryGateResult> out = new LinkedHashMap<>();
        for (Metric metric : Metric.all()) {
            Double value = statistic(run.cachedStats().get(metric.id()), query.stat());
            if (value == null) {
                continue;
            }
            HistoryQuery same = new HistoryQuery(metric, query.stat(),
                    query.rig() != null ? query.rig() : run.context().rig(),
                    query.branch() != null ? query.branch() : run.context().vcs().branch(),
                    query.tags(), query.nameGlob(),
                    query.workload() != null ? query.workload() : run.context().workload().effectName(),
                    query.since(), query.last(), true, query.options());
            List<HistoryRun> earlier = new ArrayList<>();
            for (HistoryRun r : select(same, run)) {
                if (r.startedAt().isBefore(run.startedAt())) {
                    earlier.add(r);
                }
            }
            List<HistoryPoint> points = points(earlier, same.stat(), same.last());
            Collections.reverse(points);
            double[] history = points.stream().mapToDouble(HistoryPoint::value).toArray();
            out.put(metric, HistoryGate.evaluate(history, value, metric.direction(), same.options()));
        }
        return out;
    }

    /** Finished runs matching the query's filters, newest first (rig and workload defaults applied). */
    private List<HistoryRun> select(HistoryQuery query, Run exclude) {
        RunFilter filter = RunFilter.ALL.withStatuses(FINISHED).withTags(query.tags()).withBranch(query.branch())
                .withRig(query.rig()).withEffectName(query.workload());
        RunGlob glob = query.nameGlob() == null ? null : RunGlob.of(query.nameGlob());
        List<HistoryRun> runs = new ArrayList<>();
        for (RunStats stored : store.metricStats(filter, query.metric().id())) {
            HistoryRun r = new HistoryRun(stored.id(), stored.name(), stored.startedAt(), stored.status(),
                    stored.context(), stored.quality(), stored.stats());
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
            Double value = statistic(r.stats(), stat);
            if (value == null) {
                continue;
            }
            out.add(new HistoryPoint(r, value, CachedIntervals.read(r.stats(), stat), r.stats().get(SummaryStat.N_EFF.id())));
        }
        return out;
    }

    private static Double statistic(Map<String, Double> cached, SummaryStat stat) {
        if (cached == null) {
            return null;
        }
        Double value = cached.get(stat.id());
        return value == null || !Double.isFinite(value) ? null : value;
    }

    private static History analyse(HistoryQuery query, String rig, String workload, List<HistoryPoint> points) {
        double[] values = points.stream().mapToDouble(HistoryPoint::value).toArray();
        List<HistoryChange> changes = new ArrayList<>();
        for (ChangePoint p : ChangePointDetector.detect(values, query.options())) {
            boolean worse = query.metric().direction() == Direction.LOWER_IS_BETTER ? p.increase() : !p.increase();
            changes.add(new HistoryChange(p, points.get(p.index()), worse ? "regressed" : "improved"));
        }
        return new History(query, rig, workload, points, changes);
    }
}
