package io.lightwaveos.bench.web;

import io.lightwaveos.bench.metric.Metric;
import java.util.List;

/**
 * Options of an A/B comparison, as {@code compare --alpha --min-effect --metric} takes them.
 *
 * @param alpha     significance level, strictly between 0 and 1 (SPEC default 0.05)
 * @param minEffect smallest |relative change| that counts as significant, >= 0 (default 0.01)
 * @param metrics   metrics to compare; empty means the default set (the five compact metrics plus
 *                  the extended two when both runs have them)
 */
public record CompareOptions(double alpha, double minEffect, List<Metric> metrics) {
    /** SPEC default significance level. */
    public static final double DEFAULT_ALPHA = 0.05;
    /** SPEC default minimum effect. */
    public static final double DEFAULT_MIN_EFFECT = 0.01;

    public CompareOptions {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1 (exclusive), got " + alpha);
        }
        if (!(minEffect >= 0) || Double.isInfinite(minEffect)) {
            throw new IllegalArgumentException("min_effect must be a finite number >= 0, got " + minEffect);
        }
        metrics = List.copyOf(metrics);
    }
}
