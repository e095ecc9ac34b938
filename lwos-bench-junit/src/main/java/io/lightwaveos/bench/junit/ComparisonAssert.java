package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.compare.MetricComparison;
import io.lightwaveos.bench.analysis.compare.Verdict;
import io.lightwaveos.bench.metric.Metric;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Comparison}; made by {@link LwosBenchAssertions#assertThat(Comparison)}. */
public final class ComparisonAssert extends AbstractAssert<ComparisonAssert, Comparison> {

    ComparisonAssert(Comparison actual) {
        super(actual, ComparisonAssert.class);
    }

    /** Passes when no metric regressed (B worse than A, significantly). */
    public ComparisonAssert hasNoRegressions() {
        return noneWith(Verdict.REGRESSED, "regressions");
    }

    /** Passes when no metric improved either: the runs perform alike. */
    public ComparisonAssert hasNoImprovements() {
        return noneWith(Verdict.IMPROVED, "improvements");
    }

    private ComparisonAssert noneWith(Verdict verdict, String plural) {
        isNotNull();
        List<String> found = actual.metrics().stream().filter(m -> m.verdict() == verdict)
                .map(m -> m.metric().id()).toList();
        if (!found.isEmpty()) {
            failWithMessage("expected no %s, but %s %s:%n%n%s", plural, String.join(", ", found), verdict.jsonName(),
                    Tables.comparison(actual));
        }
        return this;
    }

    /** Assertions on one metric's comparison; fails when the metric was not compared. */
    public MetricComparisonAssert metric(Metric metric) {
        isNotNull();
        MetricComparison m = actual.metrics().stream().filter(c -> c.metric() == metric).findFirst().orElse(null);
        if (m == null) {
            failWithMessage("expected a comparison of %s, but it compares only %s", metric.id(),
                    actual.metrics().stream().map(c -> c.metric().id()).toList());
        }
        return new MetricComparisonAssert(m, actual);
    }
}
