package io.lightwaveos.bench.analysis.gate;

import java.util.List;

/**
 * A run gated against a baseline.
 *
 * @param result  fail if any metric failed, else warn if any warned, else pass (also when every
 *                metric was skipped)
 * @param metrics one entry per baseline key, in the baseline's order
 */
public record GateResult(GateStatus result, List<MetricGateResult> metrics) {

    /** Copies the metric list (unmodifiable). */
    public GateResult {
        metrics = List.copyOf(metrics);
    }

    /** Whether the gate fails: on a failure, and with {@code strict} also on a warning. */
    public boolean failed(boolean strict) {
        return result == GateStatus.FAIL || strict && result == GateStatus.WARN;
    }
}
