package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.RunSummary;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.analysis.gate.Gate;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.collector.CollectionResult;
import io.lightwaveos.bench.collector.InMemorySink;
import io.lightwaveos.bench.metric.Metric;
import java.util.Map;
import java.util.Objects;

/**
 * One collection kept in memory: what the collector reported, every sample, and per-metric values
 * and summaries, ready to compare with another collection or to gate against a baseline.
 */
public final class CollectedRun {

    private final CollectionResult result;
    private final InMemorySink sink;
    private final Map<Metric, double[]> values;
    private final RunSummary summary;

    /**
     * @param result what the collector reported
     * @param sink   where the collection went
     */
    public CollectedRun(CollectionResult result, InMemorySink sink) {
        this.result = Objects.requireNonNull(result, "result");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.values = sink.values();
        this.summary = RunSummary.of(values);
    }

    /** Status, stop reason, counters, events and device results of the collection. */
    public CollectionResult result() {
        return result;
    }

    /** The samples, events and counters as they arrived. */
    public InMemorySink sink() {
        return sink;
    }

    /** Every metric's values in sample order; metrics no sample carried are left out. */
    public Map<Metric, double[]> values() {
        return values;
    }

    /** One metric's values in sample order (empty when no sample carried it). */
    public double[] values(Metric metric) {
        double[] v = values.get(metric);
        return v == null ? new double[0] : v.clone();
    }

    /** The summary statistics of every metric. */
    public RunSummary summary() {
        return summary;
    }

    /** Compares this collection (A, before) with {@code after} (B) with the default options. */
    public Comparison compareWith(CollectedRun after) {
        return compareWith(after, CompareOptions.defaults());
    }

    /** Compares this collection (A, before) with {@code after} (B). */
    public Comparison compareWith(CollectedRun after, CompareOptions options) {
        return Comparison.compare(values, after.values, options);
    }

    /** Gates this collection against a baseline (read it with {@code Baseline.read}). */
    public GateResult gate(Baseline baseline) {
        return Gate.evaluate(baseline, summary.metrics());
    }

    @Override
    public String toString() {
        return "collected run: " + result.status() + ", " + result.sampleCount() + " samples from " + result.source();
    }
}
