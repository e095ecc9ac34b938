package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.analysis.changepoint.HistoryGateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A run gated against its history ({@code check --against-history}, {@link HistoryService#gate}):
 * computed once, rendered by every output.
 *
 * @param run      the gated run
 * @param rig      the rig of the history runs (the query's, else the run's)
 * @param branch   the branch of the history runs (the query's, else the run's): {@code main} for a
 *                 pull request gated with {@code --branch main}
 * @param workload the effect name of the history runs
 * @param stat     the per-run statistic
 * @param window   the most history runs a metric is gated against
 * @param metrics  the gated metrics, in order
 * @param measures the gated measures (as the run holds them), in order
 */
public record HistoryGateReport(Run run, String rig, String branch, String workload, SummaryStat stat, int window,
                                Map<Metric, MetricHistoryGate> metrics, Map<Measure, MetricHistoryGate> measures) {

    public HistoryGateReport {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    /** A report of frame metrics only. */
    public HistoryGateReport(Run run, String rig, String branch, String workload, SummaryStat stat, int window,
                             Map<Metric, MetricHistoryGate> metrics) {
        this(run, rig, branch, workload, stat, window, metrics, Map.of());
    }

    /** Every gate: the metrics', then the measures' ({@code suite:name}), by id. */
    public Map<String, MetricHistoryGate> all() {
        Map<String, MetricHistoryGate> out = new LinkedHashMap<>();
        metrics.forEach((m, g) -> out.put(m.id(), g));
        measures.forEach((m, g) -> out.put(m.ref().toString(), g));
        return out;
    }

    /** The worst status of the metrics (pass when there are none). */
    public GateStatus overall() {
        GateStatus worst = GateStatus.PASS;
        for (MetricHistoryGate m : all().values()) {
            if (m.status() == GateStatus.FAIL || (m.status() == GateStatus.WARN && worst == GateStatus.PASS)) {
                worst = m.status();
            }
        }
        return worst;
    }

    /** The most history runs any metric was gated against (or had, when none was gated). */
    public int historyRuns() {
        return all().values().stream().mapToInt(m -> m.gate().historySize()).max().orElse(0);
    }

    /** Whether at least one metric had enough history to be gated. */
    public boolean gated() {
        return all().values().stream().anyMatch(m -> m.gate().enoughHistory());
    }

    /** {@code not enough history (2 runs, the rule needs 5)} when no metric could be gated, else null. */
    public String note() {
        return gated() ? null : HistoryGateResult.notEnoughHistory(historyRuns());
    }

    /**
     * This report with each metric and measure that has declared thresholds decided by them
     * ({@link MetricHistoryGate#decidedBy}); the others as they are.
     *
     * @param metricThreshold  the declared thresholds of a frame metric, or empty
     * @param measureThreshold the declared thresholds of a measure, or empty
     */
    public HistoryGateReport decidedBy(Function<Metric, Optional<Threshold>> metricThreshold,
                                       Function<Measure, Optional<Threshold>> measureThreshold) {
        Map<Metric, MetricHistoryGate> m = new LinkedHashMap<>();
        metrics.forEach((k, g) -> m.put(k, metricThreshold.apply(k).map(g::decidedBy).orElse(g)));
        Map<Measure, MetricHistoryGate> ms = new LinkedHashMap<>();
        measures.forEach((k, g) -> ms.put(k, measureThreshold.apply(k).map(g::decidedBy).orElse(g)));
        return new HistoryGateReport(run, rig, branch, workload, stat, window, m, ms);
    }
}
