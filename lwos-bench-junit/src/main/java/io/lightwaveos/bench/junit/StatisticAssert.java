package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.Intervals;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.SummaryStat;
import java.util.Locale;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.Assertions;

/**
 * One statistic of one metric or measure: an ordinary AssertJ double assertion on the point estimate
 * ({@code isLessThan}, {@code isCloseTo}, ...) plus budget assertions that account for noise, as
 * the {@code check} gate does. {@link #isBelowBudget} uses the statistic's 95% interval on the
 * effective sample size ({@link Intervals}; the mean and the percentiles have one):
 * <ul>
 *   <li>passes when the whole interval is at or below the budget;</li>
 *   <li>fails with {@code above the budget} when the whole interval is above it;</li>
 *   <li>fails with {@code inconclusive} and {@code samples_needed} when the interval straddles the
 *       budget, unless {@link #allowingInconclusive()}.</li>
 * </ul>
 * A statistic without an interval (std, min, max, ...) is held to the budget by its value.
 *
 * <pre>{@code
 * assertThat(run.summary()).metric(AVG_TOTAL_US).p95().isBelowBudget(175.0);
 * }</pre>
 */
public final class StatisticAssert extends AbstractDoubleAssert<StatisticAssert> {

    /** What messages call it: a metric id ({@code avg_total_us}) or a measure ({@code native:latency_ms}). */
    private final String subject;
    private final String unit;
    private final SummaryStat stat;
    private final Summary summary;
    private boolean allowingInconclusive;

    private StatisticAssert(String subject, String unit, SummaryStat stat, Summary summary, double value) {
        super(value, StatisticAssert.class);
        this.subject = subject;
        this.unit = unit;
        this.stat = stat;
        this.summary = summary;
    }

    /**
     * {@code stat} of {@code summary}, described by {@code context} (the table the failure message
     * shows); fails at once when the statistic cannot be computed from the values.
     *
     * @param subject what messages call the values: a metric id or a measure's {@code suite:name}
     * @param unit    their unit, {@code ""} for a count
     */
    static StatisticAssert of(String subject, String unit, SummaryStat stat, Summary summary, String context) {
        Double value = stat.valueIn(summary);
        String description = subject + " " + stat.id() + (unit.isEmpty() ? "" : " (" + unit + ")") + " of " + context;
        if (value == null) {
            Assertions.fail(description + "\n" + stat.id() + " of " + subject + " cannot be computed from "
                    + summary.n() + (summary.n() == 1 ? " value" : " values"));
        }
        return new StatisticAssert(subject, unit, stat, summary, value).as(description);
    }

    /** Lets the budget assertions pass when the interval straddles the budget (too few samples to tell). */
    public StatisticAssert allowingInconclusive() {
        allowingInconclusive = true;
        return this;
    }

    /**
     * Passes when the statistic is below {@code budget} beyond doubt: its 95% interval lies at or
     * below it. Fails when the interval lies above it, or straddles it (inconclusive) unless
     * {@link #allowingInconclusive()}.
     *
     * @param budget the most the statistic may be, in the metric's unit
     */
    public StatisticAssert isBelowBudget(double budget) {
        return withinLimit(budget, true);
    }

    /**
     * Passes when the statistic is above {@code floor} beyond doubt (for a higher-is-better
     * metric): its 95% interval lies at or above it; otherwise as {@link #isBelowBudget}.
     *
     * @param floor the least the statistic may be, in the metric's unit
     */
    public StatisticAssert isAboveFloor(double floor) {
        return withinLimit(floor, false);
    }

    private StatisticAssert withinLimit(double limit, boolean below) {
        String word = below ? "budget" : "floor";
        Interval ci = Intervals.of(summary, stat);
        double value = actual;
        if (ci == null) {
            if (below ? value > limit : value < limit) {
                failWithMessage("expected %s of %s %s the %s %s, but it is %s (%s has no interval: its value"
                        + " is held to the %s)", stat.id(), subject, below ? "at or below" : "at or above", word,
                        inUnit(limit), inUnit(value), stat.id(), word);
            }
            return this;
        }
        boolean inside = below ? ci.hi() <= limit : ci.lo() >= limit;
        boolean outside = below ? ci.lo() > limit : ci.hi() < limit;
        String range = inUnit("[" + number(ci.lo()) + ", " + number(ci.hi()) + "]");
        if (outside) {
            failWithMessage("expected %s of %s %s the %s %s, but it is %s: %s, 95 %% CI %s", stat.id(),
                    subject, below ? "below" : "above", word, inUnit(limit),
                    below ? "above the budget" : "below the floor", inUnit(value), range);
        } else if (!inside && !allowingInconclusive) {
            failWithMessage("expected %s of %s %s the %s %s, but it is inconclusive: %s, 95 %% CI %s reaches"
                    + " both sides of it%s (allowingInconclusive() accepts this)", stat.id(), subject,
                    below ? "below" : "above", word, inUnit(limit), inUnit(value), range,
                    samplesNeeded(ci, value, limit));
        }
        return this;
    }

    private String inUnit(double v) {
        return inUnit(number(v));
    }

    private String inUnit(String text) {
        return unit.isEmpty() ? text : text + " " + unit;
    }

    /** n × (half-width / distance to the limit)², what would narrow the interval to the limit; as the gate says it. */
    private String samplesNeeded(Interval ci, double value, double limit) {
        double distance = Math.abs(value - limit);
        if (!(distance > 0)) {
            return "; the value is the limit itself: no number of samples can tell";
        }
        double ratio = ci.halfWidth() / distance;
        long needed = (long) Math.ceil(summary.n() * ratio * ratio);
        return String.format(Locale.ROOT, "; samples_needed: about %,d (now %,d)", needed, summary.n());
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
