package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.RunSummary;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.metric.Metric;
import java.util.function.Function;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.Assertions;

/**
 * Picks one statistic of one metric for an ordinary AssertJ double assertion, described by the
 * run's summary table: {@code assertThat(summary).metric(AVG_TOTAL_US).p95().isLessThan(180.0)}.
 * A statistic that cannot be computed (too few values) fails the assertion.
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

    /** The mean. */
    public AbstractDoubleAssert<?> mean() {
        return statistic("mean", Summary::mean);
    }

    /** The sample standard deviation. */
    public AbstractDoubleAssert<?> std() {
        return statistic("std", Summary::std);
    }

    /** The smallest value. */
    public AbstractDoubleAssert<?> min() {
        return statistic("min", Summary::min);
    }

    /** The largest value. */
    public AbstractDoubleAssert<?> max() {
        return statistic("max", Summary::max);
    }

    /** The median (50th percentile). */
    public AbstractDoubleAssert<?> p50() {
        return statistic("p50", Summary::p50);
    }

    /** The 90th percentile. */
    public AbstractDoubleAssert<?> p90() {
        return statistic("p90", Summary::p90);
    }

    /** The 95th percentile. */
    public AbstractDoubleAssert<?> p95() {
        return statistic("p95", Summary::p95);
    }

    /** The 99th percentile. */
    public AbstractDoubleAssert<?> p99() {
        return statistic("p99", Summary::p99);
    }

    /** The median absolute deviation. */
    public AbstractDoubleAssert<?> mad() {
        return statistic("mad", Summary::mad);
    }

    private AbstractDoubleAssert<?> statistic(String name, Function<Summary, Double> read) {
        Double value = read.apply(summary());
        String description = metric.id() + " " + name + " (" + metric.unit() + ") of the run\n\n" + Tables.summary(run);
        if (value == null) {
            Assertions.fail(description + "\n" + name + " of " + metric.id() + " cannot be computed from "
                    + summary().n() + " values");
        }
        return Assertions.assertThat(value.doubleValue()).as(description);
    }
}
