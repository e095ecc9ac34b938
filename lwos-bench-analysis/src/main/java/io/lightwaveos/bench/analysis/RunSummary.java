package io.lightwaveos.bench.analysis;

import io.lightwaveos.bench.metric.Metric;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The summary statistics of one run's metrics, in registry order: what {@code show} prints and what
 * a baseline gate reads. Made from per-metric values with {@link #of(Map)}, or from summaries
 * already computed.
 *
 * @param metrics one summary per metric that has values, in {@link Metric} order (unmodifiable)
 */
public record RunSummary(Map<Metric, Summary> metrics) {

    /** Copies the summaries into registry order. */
    public RunSummary {
        Objects.requireNonNull(metrics, "metrics");
        Map<Metric, Summary> byMetric = new EnumMap<>(Metric.class);
        metrics.forEach((m, s) -> byMetric.put(Objects.requireNonNull(m, "metric"), Objects.requireNonNull(s, "summary")));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(byMetric));
    }

    /**
     * Summarises each metric's values (in time order: the autocorrelation depends on it); metrics
     * mapped to no values are left out.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static RunSummary of(Map<Metric, double[]> values) {
        Map<Metric, Summary> out = new EnumMap<>(Metric.class);
        values.forEach((metric, v) -> {
            if (v.length > 0) {
                out.put(metric, Summary.of(v));
            }
        });
        return new RunSummary(out);
    }

    /** The summary of one metric; empty when the run has no values of it. */
    public Optional<Summary> metric(Metric metric) {
        return Optional.ofNullable(metrics.get(metric));
    }

    /** Whether the run has values of this metric. */
    public boolean has(Metric metric) {
        return metrics.containsKey(metric);
    }
}
