package io.lightwaveos.bench.analysis.gate;

import io.lightwaveos.bench.analysis.Interval;

/**
 * One baseline key gated (check schema v2). Limits are absolute values in the metric's unit; see
 * {@link Gate#evaluate} for how the status follows from the value, its interval and the limits.
 *
 * @param metric        the baseline key (a metric id, or a key naming no metric: then skipped)
 * @param stat          the statistic compared ({@code mean}, {@code p95}, …)
 * @param baseline      the baseline value
 * @param value         the run's statistic; null when skipped
 * @param change        value - baseline (run minus baseline, in the metric's unit); null when skipped
 * @param warningLimit  the warning limit; null for an unknown metric
 * @param failureLimit  the failure limit; null for an unknown metric
 * @param ci95          the 95% interval of the run's statistic on n_eff
 *                      ({@link io.lightwaveos.bench.analysis.Intervals}); null when skipped, for a
 *                      statistic without interval, or with fewer than 2 values
 * @param nEff          the run's effective sample size for this metric; null when skipped
 * @param status        pass / warn / fail / skipped
 * @param reason        for a warning, why; null otherwise
 * @param samplesNeeded for a warning with an interval, the sample count at which the interval's
 *                      half-width would fit inside the failure allowance, n × (half-width /
 *                      allowance)² rounded up; null otherwise
 */
public record MetricGateResult(String metric, String stat, double baseline, Double value, Double change,
        Double warningLimit, Double failureLimit, Interval ci95, Double nEff, GateStatus status, GateReason reason,
        Long samplesNeeded) {

    /** A key that was not evaluated. */
    static MetricGateResult skipped(String metric, String stat, double baseline, Double warningLimit,
            Double failureLimit) {
        return new MetricGateResult(metric, stat, baseline, null, null, warningLimit, failureLimit, null, null,
                GateStatus.SKIPPED, null, null);
    }
}
