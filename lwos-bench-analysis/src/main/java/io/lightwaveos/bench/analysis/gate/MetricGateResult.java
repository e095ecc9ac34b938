package io.lightwaveos.bench.analysis.gate;

/**
 * One baseline key gated. Limits are absolute values in the metric's unit; a value beyond a limit
 * in the bad direction (strictly) warns or fails.
 *
 * @param metric       the baseline key (a metric id, or a key naming no metric: then skipped)
 * @param stat         the statistic compared ({@code mean}, {@code p95}, …)
 * @param baseline     the baseline value
 * @param value        the run's statistic; null when skipped
 * @param change       value - baseline (run minus baseline, in the metric's unit); null when skipped
 * @param warningLimit the warning limit; null for an unknown metric
 * @param failureLimit the failure limit; null for an unknown metric
 * @param status       pass / warn / fail / skipped
 */
public record MetricGateResult(String metric, String stat, double baseline, Double value, Double change,
        Double warningLimit, Double failureLimit, GateStatus status) {
}
