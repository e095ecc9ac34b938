package io.lightwaveos.bench.analysis.gate;

import io.lightwaveos.bench.analysis.Statistic;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import java.util.Objects;

/**
 * How one metric is gated: which statistic of the run is compared with the baseline value, the
 * warning and failure allowances, and which direction is bad.
 *
 * @param stat      the statistic compared (default {@code mean})
 * @param warning   allowance before a warning (default +5%)
 * @param failure   allowance before a failure (default +10%)
 * @param direction which way is better; null means the metric registry's direction
 */
public record Threshold(Statistic stat, Allowance warning, Allowance failure, Direction direction) {

    /** What a metric with a baseline value but no {@code _thresholds} entry gets: mean, +5%, +10%, the registry's direction. */
    public static final Threshold DEFAULT =
            new Threshold(Statistic.MEAN, Allowance.DEFAULT_WARNING, Allowance.DEFAULT_FAILURE, null);

    /** Checks that stat and allowances are present (the direction may be null). */
    public Threshold {
        Objects.requireNonNull(stat, "stat");
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(failure, "failure");
    }

    /** The direction to gate {@code metric} by: this threshold's, else the registry's. */
    public Direction directionFor(Metric metric) {
        return direction != null ? direction : metric.direction();
    }
}
