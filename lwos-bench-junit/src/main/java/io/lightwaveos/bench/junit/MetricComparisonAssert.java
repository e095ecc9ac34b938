package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.compare.MetricComparison;
import io.lightwaveos.bench.analysis.compare.Verdict;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one metric of a {@link Comparison}; made by {@link ComparisonAssert#metric}. */
public final class MetricComparisonAssert extends AbstractAssert<MetricComparisonAssert, MetricComparison> {

    private final Comparison comparison;
    private final String header;

    MetricComparisonAssert(MetricComparison actual, Comparison comparison, String header) {
        super(actual, MetricComparisonAssert.class);
        this.comparison = comparison;
        this.header = header;
    }

    /** Passes when the verdict is {@code regressed}. */
    public MetricComparisonAssert isRegression() {
        return hasVerdict(Verdict.REGRESSED);
    }

    /** Passes when the verdict is {@code improved}. */
    public MetricComparisonAssert isImprovement() {
        return hasVerdict(Verdict.IMPROVED);
    }

    /**
     * Passes when the verdict is {@code equivalent}: the 90 % interval of the change lies within
     * ±min-effect, so the data show the change is smaller than what matters.
     */
    public MetricComparisonAssert isEquivalent() {
        return hasVerdict(Verdict.EQUIVALENT);
    }

    /** Passes when the verdict is {@code inconclusive}: the data cannot tell whether the metric changed. */
    public MetricComparisonAssert isInconclusive() {
        return hasVerdict(Verdict.INCONCLUSIVE);
    }

    /** Passes unless the verdict is {@code regressed}. */
    public MetricComparisonAssert isNotRegression() {
        isNotNull();
        if (actual.verdict() == Verdict.REGRESSED) {
            fail("not regressed");
        }
        return this;
    }

    /** Passes when the verdict is this one. */
    public MetricComparisonAssert hasVerdict(Verdict expected) {
        isNotNull();
        if (actual.verdict() != expected) {
            fail(expected.jsonName());
        }
        return this;
    }

    private void fail(String expected) {
        failWithMessage("expected %s to be %s, but it is %s:%n%n%s", actual.metric().id(), expected,
                actual.verdict().jsonName(), Tables.comparison(comparison, header));
    }
}
