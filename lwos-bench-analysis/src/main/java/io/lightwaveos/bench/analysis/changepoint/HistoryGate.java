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
 *   <li>{@code warn} when the value lies outside the history's 99 % prediction interval (below) in the
 *   bad direction;</li>
 *   <li>{@code pass} otherwise; a value better than the interval, or a change point at the new value
 *   in the good direction, passes with the reason {@code better_than_prediction_interval} (an
 *   improvement is no alarm), or warns when the caller asks for that ({@code --warn-on-improvement});</li>
 *   <li>{@code pass} with the reason {@code not_enough_history}, not gated at all, when the history
 *   has fewer than {@link #MIN_HISTORY} runs.</li>
 * </ul>
 *
 * <p>The prediction interval is over the n history values since the history's own last change
 * point when at least {@link #MIN_HISTORY} runs follow it, all of them otherwise. When every value
 * is positive (timings always are) it is computed on their logarithms and mapped back:
 * exp(m ± t(0.995, n − 1) × s × √(1 + 1/n)), m and s the mean and sample standard deviation of
 * ln x. Otherwise it is the same formula on the values themselves, its lower end clamped at 0 when
 * no value is negative. Why the log scale: a duration cannot be negative, but a normal interval
 * over a few noisy runs readily reaches below zero (2 runs of peak_total_us gave
 * [-428.70, 903.22] µs), which is not a prediction of anything. On the log scale the interval is
 * positive by construction and, for the few-percent run-to-run spread of timings, within a
 * fraction of a percent of the normal one; it widens upwards, as skewed timing noise does.
 */
public final class HistoryGate {

    /** The prediction interval's coverage. */
    public static final double PREDICTION_LEVEL = 0.99;

    /**
     * The fewest history runs the gate needs; with fewer the run passes with the reason
     * {@code not_enough_history}. The 99 % prediction interval's half-width is
     * t(0.995, n − 1) × √(1 + 1/n) standard deviations: 78 for 2 runs, 11.5 for 3, 6.5 for 4, 5.0
     * for 5 against 2.6 for a long history. Below 5 runs it is more than two and a half times as
     * wide as it will become, so it passes nearly anything (a +7.7 % run passed against 2 runs);
     * from 5 on it is within twice its final width. A change point at the new run cannot be told
     * from noise with so few runs either.
     */
    public static final int MIN_HISTORY = 5;

    /** The reason of a value better than the prediction interval (a pass, or a warn when asked). */
    public static final String IMPROVEMENT = "better_than_prediction_interval";

    private HistoryGate() {
    }

    /**
     * @param history   the per-run values before the new run, oldest first; with fewer than
     *                  {@link #MIN_HISTORY} the run passes ungated ({@code not_enough_history}); the
     *                  result's {@code historySize} counts those after the history's last change
     *                  point
     * @param value     the new run's value
     * @param direction the metric's direction (which way is bad)
     * @param options   change-point settings (the window is usually the history's length)
     * @throws IllegalArgumentException with a non-finite value
     */
    public static HistoryGateResult evaluate(double[] history, double value, Direction direction,
                                             ChangePointOptions options) {
        return evaluate(history, value, direction, options, false);
    }

    /**
     * {@link #evaluate(double[], double, Direction, ChangePointOptions)}, with improvements passing
     * (the default) or warning.
     *
     * @param warnOnImprovement whether a value better than the prediction interval (or a change point
     *                          at it in the good direction) warns; otherwise it passes, with the reason
     *                          {@code better_than_prediction_interval}
     */
    public static HistoryGateResult evaluate(double[] history, double value, Direction direction,
                                             ChangePointOptions options, boolean warnOnImprovement) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, got " + value);
        }
        if (history.length < MIN_HISTORY) {
            double mean = history.length == 0 ? Double.NaN : SegmentTest.mean(history, 0, history.length);
            return new HistoryGateResult(GateStatus.PASS, HistoryGateResult.NOT_ENOUGH_HISTORY, value, history.length,
                    mean, Double.NaN, Double.NaN, null, null);
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
        int from = 0;
        List<ChangePoint> own = ChangePointDetector.detect(history, options);
        if (!own.isEmpty() && history.length - own.get(own.size() - 1).index() >= MIN_HISTORY) {
            from = own.get(own.size() - 1).index();
        }
        int n = history.length - from;
        double mean = SegmentTest.mean(history, from, history.length);
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = from; i < history.length; i++) {
            lowest = Math.min(lowest, history[i]);
        }
        boolean log = lowest > 0;
        double[] scaled = new double[n];
        for (int i = 0; i < n; i++) {
            scaled[i] = log ? Math.log(history[from + i]) : history[from + i];
        }
        double centre = SegmentTest.mean(scaled, 0, n);
        double squares = 0;
        for (double x : scaled) {
            squares += (x - centre) * (x - centre);
        }
        double s = Math.sqrt(squares / (n - 1));
        double t = Tails.studentQuantile(0.5 + PREDICTION_LEVEL / 2, n - 1);
        double half = t * s * Math.sqrt(1 + 1.0 / n);
        double low = log ? Math.exp(centre - half) : centre - half;
        double high = log ? Math.exp(centre + half) : centre + half;
        if (!log && lowest >= 0) {
            low = Math.max(0, low);
        }
        // Compared on the scale the interval was computed on: exp(log(x)) need not give x back, and a
        // history of one repeated value must not put that value outside its own interval.
        boolean outside = log ? value <= 0 || Math.abs(Math.log(value) - centre) > half : value < low || value > high;
        boolean worse = direction == Direction.LOWER_IS_BETTER ? value > mean : value < mean;

        GateStatus status;
        String reason;
        if (atNew != null && atNew.increase() == (direction == Direction.LOWER_IS_BETTER)) {
            status = GateStatus.FAIL;
            reason = "change_point";
        } else if (outside && worse) {
            status = GateStatus.WARN;
            reason = "beyond_prediction_interval";
        } else if (outside || atNew != null) {
            status = warnOnImprovement ? GateStatus.WARN : GateStatus.PASS;
            reason = IMPROVEMENT;
        } else {
            status = GateStatus.PASS;
            reason = null;
        }
        return new HistoryGateResult(status, reason, value, n, mean, low, high, log ? "log" : "linear", atNew);
    }
}
