package io.lightwaveos.bench.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.lightwaveos.bench.analysis.Percentiles;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MannWhitneyTest {

    @Test
    void exactDistributionMatchesEnumerationOfEveryArrangement() {
        for (int m = 1; m <= 5; m++) {
            for (int n = m; n <= 9; n++) {
                long[] counts = enumerate(m, n);
                long total = 0;
                for (long c : counts) {
                    total += c;
                }
                long below = 0;
                for (int k = 0; k <= m * n; k++) {
                    below += counts[k];
                    assertThat(MannWhitneyExact.cdf(m, n, k)).as("P(U <= %d) for %d, %d", k, m, n)
                            .isCloseTo((double) below / total, offset(1e-15));
                }
            }
        }
    }

    /** Counts of U over all C(m+n, m) ways to choose which ranks belong to the first sample. */
    private static long[] enumerate(int m, int n) {
        long[] counts = new long[m * n + 1];
        int size = m + n;
        for (int mask = 0; mask < 1 << size; mask++) {
            if (Integer.bitCount(mask) != m) {
                continue;
            }
            int u = 0;
            int seenSecond = 0;
            for (int r = 0; r < size; r++) {
                if ((mask & 1 << r) != 0) {
                    u += seenSecond;
                } else {
                    seenSecond++;
                }
            }
            counts[u]++;
        }
        return counts;
    }

    @Test
    void uCountsPairsWithTiesAsHalves() {
        SplittableRandom r = new SplittableRandom(3);
        for (int round = 0; round < 50; round++) {
            double[] a = new double[1 + r.nextInt(40)];
            double[] b = new double[1 + r.nextInt(40)];
            for (int i = 0; i < a.length; i++) {
                a[i] = r.nextInt(12);
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = r.nextInt(12);
            }
            double pairs = 0;
            for (double x : a) {
                for (double y : b) {
                    pairs += x > y ? 1 : x == y ? 0.5 : 0;
                }
            }
            MannWhitney mw = MannWhitney.test(Percentiles.of(a), Percentiles.of(b));
            assertThat(mw.u()).isEqualTo(pairs);
            assertThat(mw.p()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void exactTestStaysLinearForOneSmallAndOneHugeSample() {
        double[] small = {1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 1e9};
        double[] huge = new double[1_000_000];
        for (int i = 0; i < huge.length; i++) {
            huge[i] = 10 + i;
        }
        MannWhitney mw = MannWhitney.test(Percentiles.of(small), Percentiles.of(huge));
        // Seven of A's values lie below all of B, one above: U = 1e6.
        assertThat(mw.u()).isEqualTo(1_000_000.0);
        // U / n_B is close to a sum of 8 independent uniforms, and P(sum <= 1) = 1/8!: two-sided 2/8!.
        assertThat(mw.p()).isCloseTo(2.0 / 40320, org.assertj.core.data.Percentage.withPercentage(0.1));
    }

    @Test
    void pIsNullWhenEveryValueIsTheSameAndBothNullWithoutValues() {
        MannWhitney same = MannWhitney.test(Percentiles.of(new double[] {2, 2, 2}), Percentiles.of(new double[] {2, 2}));
        assertThat(same.u()).isEqualTo(3.0);
        assertThat(same.p()).isNull();
        MannWhitney none = MannWhitney.test(Percentiles.of(new double[0]), Percentiles.of(new double[] {1}));
        assertThat(none.u()).isNull();
        assertThat(none.p()).isNull();
    }

    @Test
    void equalSamplesGivePOfOne() {
        double[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        MannWhitney mw = MannWhitney.test(Percentiles.of(a), Percentiles.of(a));
        assertThat(mw.u()).isEqualTo(50.0);
        assertThat(mw.p()).isEqualTo(1.0);
    }
}
