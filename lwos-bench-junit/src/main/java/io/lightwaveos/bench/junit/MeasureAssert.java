package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Direction;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import org.assertj.core.api.AbstractDoubleAssert;

/**
 * One measure of a run: an ordinary AssertJ double assertion on its value ({@code isLessThan},
 * {@code isCloseTo}, ...: the single value, or the mean of its repeats, which is what a LightwaveOS
 * baseline compares), plus its statistics as {@link StatisticAssert}s ({@link #mean()},
 * {@link #p95()}, ... with the noise-aware {@code isBelowBudget}) and its unit, direction and
 * values. Made by {@link CollectedRunAssert#measure(String)} or {@link MeasureSetAssert#measure(String)};
 * failure messages name the measure {@code suite:name} and show the run's measures.
 *
 * <pre>{@code
 * assertThat(run).measure("latency_ms").isLessThan(10.0);                  // the value
 * assertThat(run).measure("native:latency_ms").hasValue(8.4).hasUnit("ms");
 * assertThat(run).measure("jmh:io.x.DecodeBench.decode").mean().isBelowBudget(5.0); // 95 % CI of the mean
 * }</pre>
 */
public final class MeasureAssert extends AbstractDoubleAssert<MeasureAssert> {

    private final Measure measure;
    private final Summary summary;
    /** The run's name and measures table, for messages. */
    private final String context;

    MeasureAssert(Measure measure, String context) {
        super(measure.mean(), MeasureAssert.class);
        this.measure = measure;
        this.summary = Summary.of(measure.values());
        this.context = context;
        as(measure.ref() + (measure.unit().isEmpty() ? "" : " (" + measure.unit() + ")") + " of " + context);
    }

    /** The measure asserted on. */
    public Measure measure() {
        return measure;
    }

    /** The descriptive statistics of its values (n = its repeats; one value has no spread). */
    public Summary summary() {
        return summary;
    }

    /**
     * Passes when the measure holds exactly one value, equal to {@code expected}; a measure with
     * repeats fails (assert on {@link #mean()} or {@link #hasValues}).
     */
    public MeasureAssert hasValue(double expected) {
        if (measure.count() != 1) {
            failWithMessage("expected %s to hold a single value, but it holds %d repeats %s; assert on mean(),"
                    + " p95(), ... or hasValues(...)", measure.ref(), measure.count(), values());
        }
        if (Double.compare(measure.value(0), expected) != 0) {
            failWithMessage("expected %s to be %s, but it is %s", measure.ref(), inUnit(expected), inUnit(measure.value(0)));
        }
        return this;
    }

    /** Passes when the measure's values are exactly {@code expected}, in order. */
    public MeasureAssert hasValues(double... expected) {
        if (!Arrays.equals(measure.values(), expected)) {
            failWithMessage("expected %s to hold the values %s, but it holds %s", measure.ref(),
                    Arrays.toString(expected), values());
        }
        return this;
    }

    /** Passes when the measure holds {@code n} values (1 for a single value, else its repeats). */
    public MeasureAssert hasRepeats(int n) {
        if (measure.count() != n) {
            failWithMessage("expected %s to hold %d value%s, but it holds %d: %s", measure.ref(), n, n == 1 ? "" : "s",
                    measure.count(), values());
        }
        return this;
    }

    /** Passes when the measure's unit is {@code unit} ({@code ""} for a count). */
    public MeasureAssert hasUnit(String unit) {
        if (!measure.unit().equals(unit)) {
            failWithMessage("expected %s in \"%s\", but its unit is \"%s\"", measure.ref(), unit, measure.unit());
        }
        return this;
    }

    /** Passes when the measure improves in {@code direction}; a measure that is never gated fails. */
    public MeasureAssert hasDirection(Direction direction) {
        if (measure.direction().orElse(null) != direction) {
            failWithMessage("expected %s to be %s, but it is %s", measure.ref(), words(direction),
                    measure.direction().map(MeasureAssert::words).orElse("reported and never gated (no direction)"));
        }
        return this;
    }

    /** Any statistic of the registry: {@code statistic(SummaryStat.P99)}; one that needs more values than the measure has fails. */
    public StatisticAssert statistic(SummaryStat stat) {
        return StatisticAssert.of(measure.ref().toString(), measure.unit(), stat, summary, context);
    }

    /** The mean of the values (the value itself for a single value); {@code isBelowBudget} uses its 95 % CI. */
    public StatisticAssert mean() {
        return statistic(SummaryStat.MEAN);
    }

    /** The median (50th percentile). */
    public StatisticAssert median() {
        return statistic(SummaryStat.P50);
    }

    /** The 95th percentile. */
    public StatisticAssert p95() {
        return statistic(SummaryStat.P95);
    }

    /** The 99th percentile. */
    public StatisticAssert p99() {
        return statistic(SummaryStat.P99);
    }

    /** The smallest value. */
    public StatisticAssert min() {
        return statistic(SummaryStat.MIN);
    }

    /** The largest value. */
    public StatisticAssert max() {
        return statistic(SummaryStat.MAX);
    }

    /** The sample standard deviation (needs 2 values or more). */
    public StatisticAssert std() {
        return statistic(SummaryStat.STD);
    }

    private String values() {
        return Arrays.toString(measure.values());
    }

    private String inUnit(double v) {
        String text = exact(v);
        return measure.unit().isEmpty() ? text : text + " " + measure.unit();
    }

    /** The double as it reads back ({@code 8.4}, {@code 44100}), without an exponent for ordinary magnitudes. */
    private static String exact(double v) {
        boolean plain = v == 0 || Math.abs(v) >= 1e-6 && Math.abs(v) < 1e15;
        return plain ? new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString() : Double.toString(v);
    }

    private static String words(Direction d) {
        return d.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

}
