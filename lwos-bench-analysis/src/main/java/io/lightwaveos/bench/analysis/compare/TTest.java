package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.analysis.Tails;

/**
 * A two-sample t-test of B against A (two-sided). The statistic is t = (mean_B - mean_A) / se, so
 * a positive t means B is larger.
 *
 * @param t  the t statistic; null when it cannot be computed (a run with fewer than 2 values, or
 *           a standard error of 0)
 * @param df degrees of freedom; null when t is null (or when Welch's df is undefined)
 * @param p  two-sided p-value P(|T| &gt;= |t|); null when t is null
 */
public record TTest(Double t, Double df, Double p) {

    /** A test that could not be computed. */
    static final TTest NONE = new TTest(null, null, null);

    /**
     * Welch's unequal-variance test: t = mean_diff / sqrt(var_A/n_A + var_B/n_B) with the
     * Welch-Satterthwaite df. The sizes are real numbers so that the autocorrelation-adjusted
     * test can pass effective sample sizes.
     */
    static TTest welch(double meanDiff, double varA, double nA, double varB, double nB) {
        double wa = varA / nA;
        double wb = varB / nB;
        double se2 = wa + wb;
        if (!(se2 > 0)) {
            return NONE;
        }
        double t = meanDiff / Math.sqrt(se2);
        double df = se2 * se2 / (wa * wa / (nA - 1) + wb * wb / (nB - 1));
        return of(t, df);
    }

    /** Student's pooled-variance test, df = n_A + n_B - 2. */
    static TTest student(double meanDiff, double varA, int nA, double varB, int nB) {
        double df = nA + nB - 2.0;
        double pooled = ((nA - 1) * varA + (nB - 1) * varB) / df;
        double se2 = pooled * (1.0 / nA + 1.0 / nB);
        if (!(se2 > 0)) {
            return NONE;
        }
        return of(meanDiff / Math.sqrt(se2), df);
    }

    private static TTest of(double t, double df) {
        if (!Double.isFinite(t) || !(df > 0) || !Double.isFinite(df)) {
            return NONE;
        }
        return new TTest(t, df, Tails.studentTwoSided(t, df));
    }
}
