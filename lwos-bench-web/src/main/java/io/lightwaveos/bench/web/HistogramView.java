package io.lightwaveos.bench.web;

import io.lightwaveos.bench.metric.Metric;
import java.util.Objects;

/**
 * The distribution of one metric of a run in equal-width bins.
 *
 * <p>Bin i holds values in {@code [edges[i], edges[i+1])}; the last bin also holds its upper edge
 * (numpy's convention). Values outside {@code [edges[0], edges[bins]]} are counted in
 * {@code below}/{@code above}, which are 0 unless a range was asked for. With no values
 * ({@code n == 0}) both arrays are empty and the percentiles are null.
 *
 * @param metric the metric
 * @param n      values considered (samples that carry the metric)
 * @param edges  bins + 1 ascending edges, in the metric's unit
 * @param counts values per bin
 * @param below  values below {@code edges[0]}
 * @param above  values above the last edge
 * @param p50    50th percentile of all n values (type 7), null when n = 0
 * @param p95    95th percentile, null when n = 0
 * @param p99    99th percentile, null when n = 0
 */
public record HistogramView(Metric metric, long n, double[] edges, long[] counts, long below, long above,
        Double p50, Double p95, Double p99) {
    public HistogramView {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(edges, "edges");
        Objects.requireNonNull(counts, "counts");
        if (counts.length == 0 ? edges.length != 0 : edges.length != counts.length + 1) {
            throw new IllegalArgumentException("expected counts.length + 1 edges, got " + edges.length
                    + " edges for " + counts.length + " bins");
        }
    }
}
