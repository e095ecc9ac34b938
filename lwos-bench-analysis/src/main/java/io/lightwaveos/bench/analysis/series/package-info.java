/**
 * Tools over a time series, each matching its numpy formulation: {@link io.lightwaveos.bench.analysis.series.Ema},
 * {@link io.lightwaveos.bench.analysis.series.MovingWindow} (O(n) mean, population std, min, max),
 * {@link io.lightwaveos.bench.analysis.series.Outliers} (modified z-score),
 * {@link io.lightwaveos.bench.analysis.series.Histogram} (Freedman-Diaconis or a given bin count) and
 * {@link io.lightwaveos.bench.analysis.series.Lttb} (largest-triangle-three-buckets downsampling for plots).
 */
package io.lightwaveos.bench.analysis.series;
