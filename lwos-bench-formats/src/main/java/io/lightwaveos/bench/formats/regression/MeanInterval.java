package io.lightwaveos.bench.formats.regression;

/**
 * The 95 % interval of a measure's mean over its repeats, as the caller computed it (SPEC §6:
 * mean ± t(0.975, n_eff − 1) × std / √n_eff; the analysis module's {@code Intervals.mean}); this
 * module does no statistics of its own.
 *
 * @param lo   the lower end, finite
 * @param hi   the upper end, finite, {@code >= lo}
 * @param nEff the effective sample size it was computed on, {@code > 1}
 */
public record MeanInterval(double lo, double hi, double nEff) {

    /**
     * @throws IllegalArgumentException if an end is not finite, {@code hi < lo}, or {@code nEff <= 1}
     */
    public MeanInterval {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || hi < lo) {
            throw new IllegalArgumentException("an interval needs finite ends with lo <= hi, got [" + lo + ", " + hi + "]");
        }
        if (!(nEff > 1) || !Double.isFinite(nEff)) {
            throw new IllegalArgumentException("n_eff must be a finite number > 1, got " + nEff);
        }
    }

    /** Half the width, (hi − lo) / 2. */
    public double halfWidth() {
        return (hi - lo) / 2;
    }
}
