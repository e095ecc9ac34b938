package io.lightwaveos.bench.analysis.changepoint;

import io.lightwaveos.bench.analysis.Tails;

/**
 * Student's two-sample t-test (pooled sample variances, df = n1 + n2 - 2) between two adjacent
 * segments {@code [a, b)} and {@code [b, c)} of a series, two-sided. Means and variances are
 * computed in two passes over the segments, so a large level with small noise loses no digits.
 */
final class SegmentTest {

    private SegmentTest() {
    }

    /** The two-sided p-value; 1 when there are too few values, 0 for two different constants. */
    static double pValue(double[] x, int a, int b, int c) {
        int n1 = b - a;
        int n2 = c - b;
        int df = n1 + n2 - 2;
        double m1 = mean(x, a, b);
        double m2 = mean(x, b, c);
        if (df <= 0 || n1 == 0 || n2 == 0) {
            return 1;
        }
        double pooled = (squares(x, a, b, m1) + squares(x, b, c, m2)) / df;
        double se2 = pooled * (1.0 / n1 + 1.0 / n2);
        double diff = m2 - m1;
        if (!(se2 > 0)) {
            return diff == 0 ? 1 : 0;
        }
        return Tails.studentTwoSided(diff / Math.sqrt(se2), df);
    }

    static double mean(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i];
        }
        return sum / (to - from);
    }

    private static double squares(double[] x, int from, int to, double mean) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            double d = x[i] - mean;
            sum += d * d;
        }
        return sum;
    }
}
