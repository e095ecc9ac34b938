package io.lightwaveos.bench.store;

import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.StoreException.Reason;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads a run's committed samples: counts, primitive columns for statistics and plots, and the
 * samples themselves in seq order for export and live views. Samples come back bit-exact, as they
 * were written. Every method is thread-safe and raises {@link StoreException}
 * {@link Reason#NOT_FOUND} for an unknown run (and {@link Reason#IO} on failure).
 */
public interface SampleQueries {

    /** The number of committed samples of the run (what a reader sees now). */
    long sampleCount(UUID id);

    /**
     * Several metrics of the samples with seq above {@code fromSeqExclusive} (-1 for all), reading
     * them once. All compact metrics' columns share their {@code seq} and time arrays; an
     * extended-only metric's column holds the extended samples only.
     *
     * @return one column per requested metric, in registry order
     */
    Map<Metric, MetricColumn> columns(UUID runId, Collection<Metric> metrics, long fromSeqExclusive);

    /** {@link #columns(UUID, Collection, long)} over every sample. */
    default Map<Metric, MetricColumn> columns(UUID runId, Collection<Metric> metrics) {
        return columns(runId, metrics, -1);
    }

    /**
     * The values of several metrics over every sample, reading the run once: one array per
     * requested metric, in seq order, as {@link #columns} holds them (an extended-only metric's
     * array has the extended samples only) but without the seq and time arrays, for statistics.
     *
     * @return one array per requested metric, in registry order (empty for a run without samples)
     */
    Map<Metric, double[]> values(UUID runId, Collection<Metric> metrics);

    /** One metric of a run as primitive arrays, every sample that carries it, in seq order. */
    default MetricColumn column(UUID runId, Metric metric) {
        return column(runId, metric, -1);
    }

    /**
     * One metric of the samples with seq above {@code fromSeqExclusive} (-1 for all): a live view
     * passes the last seq it has seen to get only what is new.
     */
    default MetricColumn column(UUID runId, Metric metric, long fromSeqExclusive) {
        return columns(runId, List.of(metric), fromSeqExclusive).get(metric);
    }

    /**
     * Calls {@code action} with each sample with seq above {@code fromSeqExclusive} (-1 for all), in
     * seq order, reading one consistent snapshot in blocks (one block in memory at a time). Exceptions
     * thrown by {@code action} propagate unchanged.
     */
    void forEachSample(UUID runId, long fromSeqExclusive, Consumer<? super Sample> action);

    /** {@link #forEachSample(UUID, long, Consumer)} over every sample (for export). */
    default void forEachSample(UUID runId, Consumer<? super Sample> action) {
        forEachSample(runId, -1, action);
    }

    /**
     * At most {@code limit} samples with seq above {@code afterSeq} (-1 for the first), oldest first:
     * a page for live views and copies. Reads no further than the page.
     *
     * @param limit 1 or more
     * @throws StoreException {@link Reason#INVALID} if {@code limit} is below 1
     */
    List<Sample> samplesAfter(UUID runId, long afterSeq, int limit);

    /** The sample with seq {@code seq}, if the run has it. */
    default Optional<Sample> sampleAt(UUID runId, long seq) {
        List<Sample> page = samplesAfter(runId, seq - 1, 1);
        return page.isEmpty() || page.get(0).seq() != seq ? Optional.empty() : Optional.of(page.get(0));
    }

}
