package io.lightwaveos.bench.analysis.compare;

/**
 * The exact null distribution of the Mann-Whitney U statistic for samples of sizes m and n
 * without ties.
 *
 * <p>The number of arrangements with U = u is the coefficient of q<sup>u</sup> in the Gaussian
 * binomial coefficient [m+n choose m]<sub>q</sub> = Π<sub>i=1..m</sub> (1 - q<sup>n+i</sup>) /
 * (1 - q<sup>i</sup>). Multiplying by (1 - q<sup>n+i</sup>) and dividing by (1 - q<sup>i</sup>)
 * are each one linear pass over the coefficients, so the lower tail up to k costs O(m k) — linear
 * in the larger sample for the small m this is used for, where scipy's recurrence is quadratic.
 * Counts are exact while below 2<sup>53</sup> and relatively accurate to a few ulps beyond.
 */
final class MannWhitneyExact {

    private MannWhitneyExact() {
    }

    /** P(U &lt;= k) for sizes m and n (m &lt;= n), k &gt;= 0. */
    static double cdf(int m, int n, long k) {
        long maxU = (long) m * n;
        if (k >= maxU) {
            return 1;
        }
        int top = (int) k;
        double[] c = new double[top + 1];
        c[0] = 1;
        for (int i = 1; i <= m; i++) {
            int drop = n + i;
            for (int u = top; u >= drop; u--) {
                c[u] -= c[u - drop];
            }
            for (int u = i; u <= top; u++) {
                c[u] += c[u - i];
            }
        }
        double count = 0;
        for (int u = 0; u <= top; u++) {
            count += c[u];
        }
        return count / binomial(m + n, m);
    }

    /** C(total, k) as a double, multiplied in an order that keeps every partial product exact while it fits. */
    private static double binomial(int total, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (total - k + i) / i;
        }
        return r;
    }
}
