package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.RunSummary;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.metric.Metric;

/**
 * Picks one statistic of one metric ({@link SummaryStat}, the registry of statistics) for a
 * {@link StatisticAssert}, described by the run's summary table:
 * {@code assertThat(summary).metric(AVG_TOTAL_US).p95().isBelowBudget(175.0)} (noise-aware) or
 * {@code .p95().isLessThan(180.0)} (the point estimate). A statistic that cannot be computed (too
 * few values) fails the assertion.
 */
public final class SummaryAssert {

    private final Metric metric;
    private final RunSummary run;

    SummaryAssert(Metric metric, RunSummary run) {
        this.metric = metric;
        this.run = run;
    }

    /** The metric's summary. */
    public Summary summary() {
        return run.metric(metric).orElseThrow();
    }

    /** Any statistic of the registry: {@code statistic(SummaryStat.P99_9)}. */
    public StatisticAssert statistic(SummaryStat stat) {
        return StatisticAssert.of(metric.id(), metric.unit(), stat, summary(), "the run\n\n" + Tables.summary(run));
    }

    /** The mean. */
    public StatisticAssert mean() {
        return statistic(SummaryStat.MEAN);
    }

    /** The sample standard deviation. */
    public StatisticAssert std() {
        return statistic(SummaryStat.STD);
    }

    /** The smallest value. */
    public StatisticAssert min() {
        return statistic(SummaryStat.MIN);
    }

    /** The largest value. */
    public StatisticAssert max() {
        return statistic(SummaryStat.MAX);
    }

    /** The median (50th percentile). */
    public StatisticAssert p50() {
        return statistic(SummaryStat.P50);
    }

    /** The 90th percentile. */
    public StatisticAssert p90() {
        return statistic(SummaryStat.P90);
    }

    /** The 95th percentile. */
    public StatisticAssert p95() {
        return statistic(SummaryStat.P95);
    }

    /** The 99th percentile. */
    public StatisticAssert p99() {
        return statistic(SummaryStat.P99);
    }

    /** The median absolute deviation. */
    public StatisticAssert mad() {
        return statistic(SummaryStat.MAD);
    }
}
