package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.analysis.Percentiles;
import io.lightwaveos.bench.analysis.Tails;

/**
 * The Mann-Whitney U test of run A against run B (two-sided), as scipy 1.17's
 * {@code mannwhitneyu(a, b, method='auto')}.
 *
 * <p>{@code u} is the U statistic of A: the number of pairs (a, b) with a &gt; b, ties counting
 * 1/2. The p-value uses the exact null distribution of U when min(n<sub>A</sub>, n<sub>B</sub>)
 * &lt;= 8 and there are no ties, otherwise the normal approximation with tie correction and a
 * continuity correction of 0.5; it is clipped to [0, 1].
 *
 * @param u U of A; null when either run has no values
 * @param p two-sided p-value; null when either run has no values or when every value of both runs
 *          is the same (U has no variance)
 */
public record MannWhitney(Double u, Double p) {

    /** The exact distribution is used up to this many values in the smaller sample. */
    static final int EXACT_MAX_SMALLER = 8;

    /** A test that could not be computed. */
    static final MannWhitney NONE = new MannWhitney(null, null);

    /**
     * Tests the sorted values of A against those of B in one merge walk, O(n<sub>A</sub> + n<sub>B</sub>).
     */
    public static MannWhitney test(Percentiles a, Percentiles b) {
        int na = a.size();
        int nb = b.size();
        if (na == 0 || nb == 0) {
            return NONE;
        }
        double u = 0;
        double tieTerm = 0;
        boolean ties = false;
        int i = 0;
        int j = 0;
        while (i < na || j < nb) {
            double v = i < na && (j >= nb || a.valueAt(i) <= b.valueAt(j)) ? a.valueAt(i) : b.valueAt(j);
            int i0 = i;
            int j0 = j;
            while (i < na && a.valueAt(i) == v) {
                i++;
            }
            while (j < nb && b.valueAt(j) == v) {
                j++;
            }
            double ca = i - i0;
            double cb = j - j0;
            // Each a equal to v beats the j0 smaller b values and ties with the cb equal ones.
            u += ca * (j0 + 0.5 * cb);
            double t = ca + cb;
            if (t > 1) {
                ties = true;
                tieTerm += t * t * t - t;
            }
        }
        double mn = (double) na * nb;
        double uMax = Math.max(u, mn - u);
        double p;
        if (Math.min(na, nb) <= EXACT_MAX_SMALLER && !ties) {
            p = 2 * MannWhitneyExact.cdf(Math.min(na, nb), Math.max(na, nb), (long) (mn - uMax));
        } else {
            double n = na + nb;
            double s = Math.sqrt(mn / 12 * ((n + 1) - tieTerm / (n * (n - 1))));
            if (!(s > 0)) {
                return new MannWhitney(u, null);
            }
            double z = (uMax - mn / 2 - 0.5) / s;
            p = z <= 0 ? 1 : Tails.normalTwoSided(z);
        }
        return new MannWhitney(u, Math.min(1, Math.max(0, p)));
    }
}
