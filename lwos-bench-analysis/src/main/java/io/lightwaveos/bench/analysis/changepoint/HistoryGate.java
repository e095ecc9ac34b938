package io.lightwaveos.bench.analysis.changepoint;

import io.lightwaveos.bench.analysis.Tails;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.metric.Direction;
import java.util.Arrays;
import java.util.List;

/**
 * Gates a new run's value against the recent history of the same rig, branch and workload
 * (SPEC §11, {@code check --against-history}):
 * <ul>
 *   <li>{@code fail} when the history followed by the new value has a change point at the new
 *   value, in the bad direction of the metric;</li>
 *   <li>{@code warn} when the value lies outside the history's 99 % prediction interval,
 *   mean ± t(0.995, n - 1) × s × √(1 + 1/n) (s the sample standard deviation of the n history
 *   values);</li>
 *   <li>{@code pass} otherwise.</li>
 * </ul>
 */
public final class HistoryGate {

    /** The prediction interval's coverage. */
    public static final double PREDICTION_LEVEL = 0.99;

    private HistoryGate() {
    }

    /**
     * @param history   the per-run values before the new run, oldest first, at least 2
     * @param value     the new run's value
     * @param direction the metric's direction (which way is bad)
     * @param options   change-point settings (the window is usually the history's length)
     * @throws IllegalArgumentException with fewer than 2 history values, or a non-finite value
     */
    public static HistoryGateResult evaluate(double[] history, double value, Direction direction,
                                             ChangePointOptions options) {
        if (history.length < 2) {
            throw new IllegalArgumentException("the history needs at least 2 runs, got " + history.length);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, got " + value);
        }
        double[] series = Arrays.copyOf(history, history.length + 1);
        series[history.length] = value;
        List<ChangePoint> points = ChangePointDetector.detect(series, options);
        ChangePoint atNew = null;
        for (ChangePoint p : points) {
            if (p.index() == history.length) {
                atNew = p;
            }
        }
        int n = history.length;
        double mean = SegmentTest.mean(history, 0, n);
        double squares = 0;
        for (double v : history) {
            squares += (v - mean) * (v - mean);
        }
        double s = Math.sqrt(squares / (n - 1));
        double t = Tails.studentQuantile(0.5 + PREDICTION_LEVEL / 2, n - 1);
        double half = t * s * Math.sqrt(1 + 1.0 / n);
        double low = mean - half;
        double high = mean + half;
        boolean worse = direction == Direction.LOWER_IS_BETTER ? value > mean : value < mean;

        GateStatus status;
        String reason;
        if (atNew != null && atNew.increase() == (direction == Direction.LOWER_IS_BETTER)) {
            status = GateStatus.FAIL;
            reason = "change_point";
        } else if (value < low || value > high) {
            status = GateStatus.WARN;
            reason = worse ? "beyond_prediction_interval" : "better_than_prediction_interval";
        } else {
            status = GateStatus.PASS;
            reason = null;
        }
        return new HistoryGateResult(status, reason, value, n, mean, low, high, atNew);
    }
}
