package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.RunSummary;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.measure.MeasureSet;
import org.assertj.core.api.Assertions;

/**
 * AssertJ entry point for benchmark results; it extends {@link Assertions}, so one static import
 * ({@code import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThat;}) serves both.
 * A failing assertion's message is the readable table the command line prints for the same result.
 *
 * <pre>{@code
 * assertThat(baseline.compareWith(run)).hasNoRegressions();          // fails on inconclusive too
 * assertThat(baseline.compareWith(run)).allowingInconclusive().printing().hasNoRegressions();
 * assertThat(comparison).metric(Metric.AVG_TOTAL_US).isNotRegression();
 * assertThat(gateResult).passes();
 * assertThat(summary).metric(Metric.AVG_TOTAL_US).p95().isBelowBudget(175.0);  // its 95 % interval
 * assertThat(summary).metric(Metric.AVG_TOTAL_US).p95().isLessThan(180.0);      // the point estimate
 * assertThat(run).measure("latency_ms").isLessThan(10.0);                        // a measure's value
 * assertThat(run).measure("jmh:decode").mean().isBelowBudget(5.0);               // 95 % CI of the mean of repeats
 * }</pre>
 */
public class LwosBenchAssertions extends Assertions {

    /** For subclassing only: the methods are static. */
    protected LwosBenchAssertions() {
    }

    /** Assertions on the comparison of two named runs; messages name them. */
    public static ComparisonAssert assertThat(RunComparison actual) {
        return new ComparisonAssert(actual == null ? null : actual.comparison(), actual == null ? null : actual.header());
    }

    /** Assertions on the comparison of run A with run B. */
    public static ComparisonAssert assertThat(Comparison actual) {
        return new ComparisonAssert(actual);
    }

    /** Assertions on a run gated against a baseline. */
    public static GateResultAssert assertThat(GateResult actual) {
        return new GateResultAssert(actual);
    }

    /** Assertions on a run: its frame metrics and its measures ({@code measure("suite:name")}). */
    public static CollectedRunAssert assertThat(CollectedRun actual) {
        return new CollectedRunAssert(actual);
    }

    /** Assertions on measures (a harness's own, a stored run's): iterable assertions and {@code measure("suite:name")}. */
    public static MeasureSetAssert assertThat(MeasureSet actual) {
        return new MeasureSetAssert(actual);
    }

    /** Assertions on the summary statistics of a run's metrics. */
    public static RunSummaryAssert assertThat(RunSummary actual) {
        return new RunSummaryAssert(actual);
    }
}
