package io.lightwaveos.bench.formats.regression;

/**
 * The decision for one key (measure) of a baseline/current comparison, as
 * {@code detect_regressions.py} makes it.
 *
 * @param key           the measure name
 * @param baseline      the baseline value; 0 for a {@link Kind#NEW} key
 * @param current       the current value; 0 for a {@link Kind#MISSING} key
 * @param changePercent {@code (current - baseline) / baseline × 100}; +∞ when the baseline is 0 and
 *                      the current value positive, 0 when both are 0 or the current value negative;
 *                      −∞ for a missing key, +∞ for a new one
 * @param severity      pass, warning or failure
 * @param kind          why
 */
public record KeyVerdict(String key, double baseline, double current, double changePercent, Severity severity, Kind kind) {

    /** Why a key got its severity: one case per message of the script. */
    public enum Kind {
        /** No threshold declared: pass ("No threshold configured for KEY"). */
        NO_THRESHOLD,
        /** Within the thresholds, not better ("Performance maintained"). */
        MAINTAINED,
        /** Within the thresholds, better ("Performance improved: X% increase/decrease"). */
        IMPROVED,
        /** At or beyond the warning threshold ("Performance warning: ..."). */
        WARNING,
        /** At or beyond the failure threshold ("Performance regression: ..."). */
        REGRESSION,
        /** In the baseline, not in the current results: failure. */
        MISSING,
        /** In the current results, not in the baseline: warning. */
        NEW
    }
}
