package io.lightwaveos.bench.analysis;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/**
 * Two-sided tail probabilities and the Student t quantile, relatively accurate down to the
 * smallest doubles (checked against scipy). Tails are computed directly (never as
 * {@code 1 - cdf}, which is 0 below about 1e-16). Used by the comparison's tests and by
 * {@link Intervals}.
 */
public final class Tails {

    /** Tighter than Hipparchus' default (1e-14) for the incomplete beta's continued fraction. */
    private static final double BETA_EPSILON = 1e-16;
    private static final int MAX_ITERATIONS = Integer.MAX_VALUE;
    private static final double SQRT2 = Math.sqrt(2);

    private Tails() {
    }

    /**
     * P(|T| &gt;= |t|) for Student's t with {@code df} degrees of freedom (df &gt; 0, may be
     * fractional): I<sub>x</sub>(df/2, 1/2) with x = df / (df + t²), or, where Hipparchus would
     * switch to the complementary continued fraction (x close to 1 and the tail large), the
     * complement 1 - I<sub>y</sub>(1/2, df/2) with y = t² / (df + t²) computed directly, so that
     * neither x nor 1 - x loses digits.
     *
     * @param t  the statistic, any sign
     * @param df degrees of freedom, &gt; 0
     * @return the two-sided p-value in [0, 1]
     */
    public static double studentTwoSided(double t, double df) {
        double t2 = t * t;
        double a = df / 2;
        double x = df / (df + t2);
        if (x <= (a + 1) / (a + 2.5)) {
            return Beta.regularizedBeta(x, a, 0.5, BETA_EPSILON, MAX_ITERATIONS);
        }
        double y = t2 / (df + t2);
        return 1 - Beta.regularizedBeta(y, 0.5, a, BETA_EPSILON, MAX_ITERATIONS);
    }

    /** P(|Z| &gt;= z) for z &gt;= 0 and a standard normal Z: erfc(z / √2), computed as a tail. */
    public static double normalTwoSided(double z) {
        return Erf.erfc(z / SQRT2);
    }

    /** From this many degrees of freedom the Newton steps start from {@link #cornishFisher}. */
    private static final double CORNISH_FISHER_DF = 10;

    /**
     * The Cornish-Fisher expansion of the t quantile in powers of 1/df around the normal quantile
     * (Abramowitz and Stegun 26.7.5): about 1e-7 relative at 10 degrees of freedom and better as
     * they grow, a start from which two or three Newton steps reach full precision. Hipparchus'
     * inverse gets there by bisecting on the distribution function, dozens of incomplete-beta
     * evaluations that an interval of every compared metric paid for in a command's cold JVM.
     */
    private static double cornishFisher(double prob, double df) {
        double z = SQRT2 * Erf.erfInv(2 * prob - 1);
        double z2 = z * z;
        double g1 = (z2 + 1) * z / 4;
        double g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
        double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
        double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
        return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
    }

    /**
     * The quantile t such that P(T &lt;= t) = {@code prob} for 0.5 &lt; prob &lt; 1: Hipparchus'
     * inverse (about 1e-10 relative) refined by Newton steps on our accurate tail, to full double
     * precision.
     *
     * @param prob the lower-tail probability, 0.5 &lt; prob &lt; 1 (0.975 for a two-sided 95% interval)
     * @param df   degrees of freedom, &gt; 0 (may be fractional)
     */
    public static double studentQuantile(double prob, double df) {
        double tail = 2 * (1 - prob);
        double q = df >= CORNISH_FISHER_DF ? cornishFisher(prob, df) : new TDistribution(df).inverseCumulativeProbability(prob);
        double logNorm = Gamma.logGamma((df + 1) / 2) - Gamma.logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
        for (int i = 0; i < 50; i++) {
            double density = Math.exp(logNorm - (df + 1) / 2 * Math.log1p(q * q / df));
            // d/dq of the two-sided tail is -2 * density.
            double step = (studentTwoSided(q, df) - tail) / (2 * density);
            q += step;
            if (Math.abs(step) <= 1e-15 * Math.abs(q)) {
                break;
            }
        }
        return q;
    }
}
