package io.lightwaveos.bench.analysis.gate;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.NothingToCompareException;
import io.lightwaveos.bench.analysis.NothingToCompareException.Reason;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gates a run's statistics against a {@link Baseline}, aware of noise (SPEC §6, check schema v2):
 * a statistic estimated from few effective samples is uncertain, and the gate fails only when the
 * statistic's 95% interval lies entirely beyond the failure limit.
 */
public final class Gate {

    private Gate() {
    }

    /**
     * Evaluates every baseline key, in the baseline's order. For a metric of the registry with
     * threshold T (or {@link Threshold#DEFAULT}): value = T.stat of the run's summary, its 95%
     * interval ({@link io.lightwaveos.bench.analysis.Statistic#intervalIn}, the mean and the
     * percentiles have one), warning and failure limits from the baseline value and T's
     * allowances. For a lower-is-better metric (mirrored for higher-is-better):
     * <ul>
     *   <li>{@code pass} when value &lt;= warning limit;</li>
     *   <li>{@code fail} when the interval's lower bound is above the failure limit (without an
     *       interval: when value &gt; failure limit);</li>
     *   <li>{@code warn} otherwise, with reason {@code possible_failure} when value &gt; failure limit
     *       (the interval reaches below it), else {@code beyond_warning}, and
     *       {@code samples_needed} = n × (half-width / failure allowance)², rounded up.</li>
     * </ul>
     * Keys naming no metric, and metrics the run has no summary or no value for, are skipped.
     *
     * @param baseline the baseline
     * @param run      the run's summaries by metric
     * @throws NothingToCompareException if every key is skipped: gating nothing is not a pass
     */
    public static GateResult evaluate(Baseline baseline, Map<Metric, Summary> run) {
        List<MetricGateResult> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        GateStatus overall = GateStatus.PASS;
        for (Map.Entry<String, Double> e : baseline.values().entrySet()) {
            String key = e.getKey();
            double base = e.getValue();
            Threshold t = baseline.thresholdFor(key);
            Optional<Metric> metric = Metric.byId(key);
            if (metric.isEmpty()) {
                rows.add(MetricGateResult.skipped(key, t.stat().name(), base, null, null));
                skipped.add(key + " (no metric of this name)");
                continue;
            }
            Direction direction = t.directionFor(metric.get());
            double warn = t.warning().limit(base, direction);
            double fail = t.failure().limit(base, direction);
            Summary summary = run.get(metric.get());
            Double value = summary == null ? null : t.stat().valueIn(summary);
            if (value == null) {
                rows.add(MetricGateResult.skipped(key, t.stat().name(), base, warn, fail));
                skipped.add(key + " (the run has no " + t.stat().name() + ")");
                continue;
            }
            MetricGateResult row = gate(key, t, base, value, warn, fail, direction, summary);
            rows.add(row);
            GateStatus status = row.status();
            if (status == GateStatus.FAIL || status == GateStatus.WARN && overall == GateStatus.PASS) {
                overall = status;
            }
        }
        if (skipped.size() == rows.size()) {
            throw new NothingToCompareException(Reason.ALL_SKIPPED,
                    "nothing to compare: every baseline key was skipped: " + String.join(", ", skipped));
        }
        return new GateResult(overall, rows);
    }

    private static MetricGateResult gate(String key, Threshold t, double base, double value, double warn,
            double fail, Direction direction, Summary summary) {
        Interval ci = t.stat().intervalIn(summary);
        // The interval's end nearest to good: the whole interval is past the limit when this end is.
        Double nearEnd = ci == null ? null : direction == Direction.HIGHER_IS_BETTER ? ci.hi() : ci.lo();
        GateStatus status;
        GateReason reason = null;
        Long needed = null;
        if (!beyond(value, warn, direction)) {
            status = GateStatus.PASS;
        } else if (beyond(nearEnd != null ? nearEnd : value, fail, direction)) {
            status = GateStatus.FAIL;
        } else {
            status = GateStatus.WARN;
            reason = beyond(value, fail, direction) ? GateReason.POSSIBLE_FAILURE : GateReason.BEYOND_WARNING;
            needed = samplesNeeded(summary.n(), ci, Math.abs(fail - base));
        }
        return new MetricGateResult(key, t.stat().name(), base, value, value - base, warn, fail, ci, summary.nEff(),
                status, reason, needed);
    }

    /** n × (half-width / allowance)², rounded up; null without interval or allowance. */
    static Long samplesNeeded(int n, Interval ci, double allowance) {
        if (ci == null || !(allowance > 0)) {
            return null;
        }
        double ratio = ci.halfWidth() / allowance;
        return (long) Math.ceil(n * ratio * ratio);
    }

    private static boolean beyond(double value, double limit, Direction direction) {
        return direction == Direction.HIGHER_IS_BETTER ? value < limit : value > limit;
    }
}
