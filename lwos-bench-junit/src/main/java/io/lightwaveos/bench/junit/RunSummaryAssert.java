package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.RunSummary;
import io.lightwaveos.bench.metric.Metric;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link RunSummary}; made by {@link LwosBenchAssertions#assertThat(RunSummary)}. */
public final class RunSummaryAssert extends AbstractAssert<RunSummaryAssert, RunSummary> {

    RunSummaryAssert(RunSummary actual) {
        super(actual, RunSummaryAssert.class);
    }

    /** Assertions on one metric's statistics; fails when the run has no values of it. */
    public SummaryAssert metric(Metric metric) {
        isNotNull();
        if (!actual.has(metric)) {
            failWithMessage("expected values of %s, but the run has none:%n%n%s", metric.id(), Tables.summary(actual));
        }
        return new SummaryAssert(metric, actual);
    }

    /** Passes when the run has at least this many samples of the metric. */
    public RunSummaryAssert hasAtLeast(long samples, Metric metric) {
        int n = metric(metric).summary().n();
        if (n < samples) {
            failWithMessage("expected at least %d samples of %s, but there are %d:%n%n%s", samples, metric.id(), n,
                    Tables.summary(actual));
        }
        return this;
    }
}
