package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import java.util.Objects;
import java.util.Optional;

/**
 * Run A (baseline) compared with run B (candidate) on one frame metric: its statistics
 * ({@link CompareStats}, every difference B - A) under the metric's direction.
 *
 * @param metric the metric
 * @param stats  its statistics
 */
public record MetricComparison(Metric metric, CompareStats stats) implements Compared {

    /** Checks that both components are present. */
    public MetricComparison {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(stats, "stats");
    }

    /** Whether the metric is derived from another ({@link Metric#derivedFrom()}): reported, but not counted. */
    public boolean derived() {
        return metric.isDerived();
    }

    /** The metric's id. */
    @Override
    public String id() {
        return metric.id();
    }

    /** The metric's unit. */
    @Override
    public String unit() {
        return metric.unit();
    }

    /** The metric's direction (a frame metric always has one). */
    @Override
    public Optional<Direction> direction() {
        return Optional.of(metric.direction());
    }

    /** Not derived: a derived metric repeats its source. */
    @Override
    public boolean counted() {
        return !derived();
    }

    /** None: a frame metric gets every statistic its values allow. */
    @Override
    public Optional<String> note() {
        return Optional.empty();
    }
}
