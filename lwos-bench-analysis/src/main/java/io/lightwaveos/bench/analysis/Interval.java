package io.lightwaveos.bench.analysis;

/**
 * A closed interval [lo, hi] of real numbers, such as a 95% confidence interval of a statistic, in
 * the statistic's unit.
 *
 * @param lo the lower end, finite
 * @param hi the upper end, finite and &gt;= lo
 */
public record Interval(double lo, double hi) {

    /**
     * @throws IllegalArgumentException if an end is not finite or {@code hi < lo}
     */
    public Interval {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || hi < lo) {
            throw new IllegalArgumentException("an interval needs finite ends with lo <= hi, got [" + lo + ", " + hi + "]");
        }
    }

    /** Half the width, (hi - lo) / 2. */
    public double halfWidth() {
        return (hi - lo) / 2;
    }

    /** Whether {@code x} lies in [lo, hi]. */
    public boolean contains(double x) {
        return x >= lo && x <= hi;
    }

    /** This interval with both ends divided by {@code divisor} &gt; 0 (a relative interval from an absolute one). */
    public Interval dividedBy(double divisor) {
        if (!(divisor > 0)) {
            throw new IllegalArgumentException("divisor must be > 0, got " + divisor);
        }
        return new Interval(lo / divisor, hi / divisor);
    }

    @Override
    public String toString() {
        return "[" + lo + ", " + hi + "]";
    }
}
