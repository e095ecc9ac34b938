package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.analysis.Interval;

/**
 * For an inconclusive metric: how many effective samples each run would need for the 95%
 * interval of the relative change to be as narrow as the minimum effect,
 * n_eff × (half-width of ci95_relative / min-effect)², rounded up, per run (SPEC §5). With the
 * autocorrelation a run has, raw samples needed ≈ this × n / n_eff.
 *
 * @param a effective samples run A would need
 * @param b effective samples run B would need
 */
public record SamplesNeeded(long a, long b) {

    /**
     * The samples needed, or null when they cannot be computed (no interval, min-effect 0).
     *
     * @param ci95Relative the 95% interval of the relative change, or null
     * @param nEffA        run A's effective sample size
     * @param nEffB        run B's effective sample size
     * @param minEffect    the minimum relative effect, &gt;= 0
     */
    static SamplesNeeded of(Interval ci95Relative, Double nEffA, Double nEffB,
            double minEffect) {
        if (ci95Relative == null || nEffA == null || nEffB == null || !(minEffect > 0)) {
            return null;
        }
        double ratio = ci95Relative.halfWidth() / minEffect;
        double factor = ratio * ratio;
        return new SamplesNeeded((long) Math.ceil(nEffA * factor), (long) Math.ceil(nEffB * factor));
    }
}
