package io.lightwaveos.bench.service;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.metric.Metric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The statistics an import caches, computed from the samples it holds while the store writes them,
 * rather than read back from the store once they are written. The values are those of the frames
 * the store writes, so the statistics are the same bit for bit ({@link RunService#cache} form).
 *
 * <p>A thread of its own takes the metrics' values and summarises them one metric after another;
 * the importing thread, done writing, summarises the metrics not yet taken ({@link #join}): a large
 * file's sorting runs on the second core while the first writes, and on both at the end.
 */
final class ImportStatistics {

    private final PackedSamples samples;
    private final CountDownLatch valuesTaken = new CountDownLatch(1);
    private final AtomicInteger next = new AtomicInteger();
    private final Thread thread = new Thread(this::summariseInTurn, "lwos-bench-import-statistics");
    private List<Metric> metrics = List.of();
    private List<double[]> values = List.of();
    private Map<String, Double>[] cached;
    private volatile Throwable failure;

    private ImportStatistics(PackedSamples samples) {
        this.samples = samples;
    }

    /** Starts computing the statistics of {@code samples}, which nobody adds to any more. */
    static ImportStatistics start(PackedSamples samples) {
        ImportStatistics statistics = new ImportStatistics(samples);
        statistics.thread.setDaemon(true);
        statistics.thread.start();
        return statistics;
    }

    /**
     * The statistics, metric id → statistic → value, metrics in registry order; summarises what
     * the other thread has not taken yet and waits for the rest.
     */
    Map<String, Map<String, Double>> join() {
        try {
            valuesTaken.await();
            summarise();
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing the imported run's statistics", e);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (int i = 0; i < metrics.size(); i++) {
            out.put(metrics.get(i).id(), cached[i]);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void summariseInTurn() {
        try {
            Map<Metric, double[]> present = RunService.present(samples.values());
            metrics = new ArrayList<>(present.keySet());
            values = new ArrayList<>(present.values());
            cached = new Map[metrics.size()];
        } catch (RuntimeException | Error e) {
            failure = e; // no metrics: nothing more to summarise
        } finally {
            valuesTaken.countDown();
        }
        summarise();
    }

    /** Summarises metrics until every one is taken (each array sorted in place: they are this object's own). */
    private void summarise() {
        for (int i = next.getAndIncrement(); i < metrics.size(); i = next.getAndIncrement()) {
            try {
                cached[i] = RunService.cache(Summary.ofSortingInPlace(values.get(i)));
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }
    }
}
