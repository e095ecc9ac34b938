package io.lightwaveos.bench.web;

import io.lightwaveos.bench.metric.Metric;
import java.util.Objects;

/**
 * One metric of a run as plot points, already downsampled (largest-triangle-three-buckets).
 *
 * <p>The arrays are owned by the series after construction: callers must not change them.
 *
 * @param metric   the metric
 * @param pointsIn how many samples carried the metric before downsampling (compact frames do not
 *                 carry extended-only metrics, so this may be less than the run's sample count)
 * @param x        x values in ascending order, in the unit of the requested {@link XAxis}
 * @param y        the metric's values, in {@link Metric#unit()}, all finite; same length as x
 */
public record Series(Metric metric, long pointsIn, double[] x, double[] y) {
    public Series {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length, got " + x.length + " and " + y.length);
        }
        if (pointsIn < x.length) {
            throw new IllegalArgumentException("pointsIn (" + pointsIn + ") must be >= the points kept (" + x.length + ")");
        }
    }
}
