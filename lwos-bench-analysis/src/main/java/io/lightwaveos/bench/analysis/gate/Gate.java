package io.lightwaveos.bench.analysis.gate;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gates a run's statistics against a {@link Baseline}. */
public final class Gate {

    private Gate() {
    }

    /**
     * Evaluates every baseline key, in the baseline's order. For a metric of the registry with
     * threshold T (or {@link Threshold#DEFAULT}): value = T.stat of the run's summary; warning and
     * failure limits from the baseline value and T's allowances; status fail when the value is
     * beyond the failure limit in the bad direction, warn when beyond the warning limit, else
     * pass. Keys naming no metric, and metrics the run has no summary or no value for, are skipped.
     *
     * @param baseline the baseline
     * @param run      the run's summaries by metric
     */
    public static GateResult evaluate(Baseline baseline, Map<Metric, Summary> run) {
        List<MetricGateResult> rows = new ArrayList<>();
        GateStatus overall = GateStatus.PASS;
        for (Map.Entry<String, Double> e : baseline.values().entrySet()) {
            String key = e.getKey();
            double base = e.getValue();
            Threshold t = baseline.thresholdFor(key);
            Optional<Metric> metric = Metric.byId(key);
            if (metric.isEmpty()) {
                rows.add(new MetricGateResult(key, t.stat().name(), base, null, null, null, null, GateStatus.SKIPPED));
                continue;
            }
            Direction direction = t.directionFor(metric.get());
            double warn = t.warning().limit(base, direction);
            double fail = t.failure().limit(base, direction);
            Summary summary = run.get(metric.get());
            Double value = summary == null ? null : t.stat().valueIn(summary);
            if (value == null) {
                rows.add(new MetricGateResult(key, t.stat().name(), base, null, null, warn, fail, GateStatus.SKIPPED));
                continue;
            }
            GateStatus status = beyond(value, fail, direction) ? GateStatus.FAIL
                    : beyond(value, warn, direction) ? GateStatus.WARN : GateStatus.PASS;
            rows.add(new MetricGateResult(key, t.stat().name(), base, value, value - base, warn, fail, status));
            if (status == GateStatus.FAIL || status == GateStatus.WARN && overall == GateStatus.PASS) {
                overall = status;
            }
        }
        return new GateResult(overall, rows);
    }

    private static boolean beyond(double value, double limit, Direction direction) {
        return direction == Direction.HIGHER_IS_BETTER ? value < limit : value > limit;
    }
}
