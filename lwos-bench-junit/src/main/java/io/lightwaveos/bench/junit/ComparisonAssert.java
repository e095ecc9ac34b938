package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.compare.MetricComparison;
import io.lightwaveos.bench.analysis.compare.SamplesNeeded;
import io.lightwaveos.bench.analysis.compare.Verdict;
import io.lightwaveos.bench.metric.Metric;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Comparison}; made by {@link LwosBenchAssertions#assertThat(RunComparison)}
 * (messages name both runs) or {@link LwosBenchAssertions#assertThat(Comparison)} (runs "A" and "B").
 * {@link #hasNoRegressions()} fails on an {@code inconclusive} metric too, since a comparison that
 * cannot tell is not one that found nothing; {@link #allowingInconclusive()} accepts it.
 */
public final class ComparisonAssert extends AbstractAssert<ComparisonAssert, Comparison> {

    private final String header;
    private boolean allowingInconclusive;
    private PrintStream printTo;

    ComparisonAssert(Comparison actual) {
        this(actual, null);
    }

    ComparisonAssert(Comparison actual, String header) {
        super(actual, ComparisonAssert.class);
        this.header = header;
    }

    /** Lets {@link #hasNoRegressions()} pass when a metric is {@code inconclusive} (the runs cannot tell). */
    public ComparisonAssert allowingInconclusive() {
        allowingInconclusive = true;
        return this;
    }

    /** Prints the comparison table to standard output when an assertion passes (a failure's message has it). */
    public ComparisonAssert printing() {
        return printingTo(System.out);
    }

    /** As {@link #printing()}, to this stream. */
    ComparisonAssert printingTo(PrintStream out) {
        printTo = out;
        return this;
    }

    /**
     * Passes when no metric regressed (B worse than A, significantly) and, unless
     * {@link #allowingInconclusive()}, none is inconclusive.
     */
    public ComparisonAssert hasNoRegressions() {
        noneWith(Verdict.REGRESSED, "regressions");
        if (!allowingInconclusive) {
            List<MetricComparison> unsure = actual.metrics().stream()
                    .filter(m -> m.verdict() == Verdict.INCONCLUSIVE).toList();
            if (!unsure.isEmpty()) {
                failWithMessage("expected no regressions, but %s %s inconclusive: the runs cannot tell whether %s"
                        + " changed%s (allowingInconclusive() accepts this):%n%n%s", ids(unsure),
                        unsure.size() == 1 ? "is" : "are", unsure.size() == 1 ? "it" : "they", samplesNeeded(unsure),
                        table());
            }
        }
        return passed();
    }

    /** Passes when no metric improved either: the runs perform alike. */
    public ComparisonAssert hasNoImprovements() {
        noneWith(Verdict.IMPROVED, "improvements");
        return passed();
    }

    private void noneWith(Verdict verdict, String plural) {
        isNotNull();
        List<MetricComparison> found = actual.metrics().stream().filter(m -> m.verdict() == verdict).toList();
        if (!found.isEmpty()) {
            failWithMessage("expected no %s, but %s %s:%n%n%s", plural, ids(found), verdict.jsonName(), table());
        }
    }

    /** Assertions on one metric's comparison; fails when the metric was not compared. */
    public MetricComparisonAssert metric(Metric metric) {
        isNotNull();
        MetricComparison m = actual.metrics().stream().filter(c -> c.metric() == metric).findFirst().orElse(null);
        if (m == null) {
            failWithMessage("expected a comparison of %s, but it compares only %s", metric.id(),
                    actual.metrics().stream().map(c -> c.metric().id()).toList());
        }
        return new MetricComparisonAssert(m, actual, header);
    }

    private ComparisonAssert passed() {
        if (printTo != null) {
            printTo.println(table());
            printTo.flush();
        }
        return this;
    }

    private String table() {
        return Tables.comparison(actual, header);
    }

    private static String ids(List<MetricComparison> metrics) {
        return String.join(", ", metrics.stream().map(m -> m.metric().id()).toList());
    }

    /** {@code ; samples_needed: about 4,200 samples per run at this autocorrelation}, the largest over the metrics. */
    private static String samplesNeeded(List<MetricComparison> unsure) {
        double most = 0;
        for (MetricComparison m : unsure) {
            SamplesNeeded needed = m.samplesNeeded();
            if (needed != null && m.a().nEff() != null && m.b().nEff() != null) {
                most = Math.max(most, Math.max(needed.a() * (double) m.a().n() / m.a().nEff(),
                        needed.b() * (double) m.b().n() / m.b().nEff()));
            }
        }
        return most > 0 ? String.format(Locale.ROOT, "; samples_needed: about %,d samples per run", (long) Math.ceil(most))
                : "";
    }
}
