package io.lightwaveos.bench.analysis.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LttbTest {

    private static double[] noisy(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 150 + r.nextDouble(-2, 2);
        }
        return y;
    }

    private static long[] micros(int n) {
        long[] x = new long[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1_700_000_000_000_000L + 100_000L * i;
        }
        return x;
    }

    @Test
    void keepsFirstAndLastAndReturnsExactlyMaxPointsAscending() {
        int n = 100_000;
        for (int max : new int[] {2, 3, 10, 2000, 99_999}) {
            int[] kept = Lttb.downsample(micros(n), noisy(n, 1), max);
            assertThat(kept).hasSize(max);
            assertThat(kept[0]).isZero();
            assertThat(kept[max - 1]).isEqualTo(n - 1);
            for (int i = 1; i < kept.length; i++) {
                assertThat(kept[i]).isGreaterThan(kept[i - 1]);
            }
        }
    }

    @Test
    void keepsTheExtremeOfASpikeAndOfADip() {
        int n = 50_000;
        double[] y = noisy(n, 2);
        y[12_345] = 400;
        y[40_001] = 20;
        int[] kept = Lttb.downsample(micros(n), y, 500);
        assertThat(kept).contains(12_345, 40_001);
    }

    @Test
    void shortSeriesIsReturnedWhole() {
        assertThat(Lttb.downsample(new double[] {1, 2, 3}, new double[] {5, 6, 7}, 10)).containsExactly(0, 1, 2);
        assertThat(Lttb.downsample(new double[0], new double[0], 10)).isEmpty();
    }

    @Test
    void doubleAndLongTimeAxesAgree() {
        int n = 10_000;
        long[] x = micros(n);
        double[] rel = new double[n];
        for (int i = 0; i < n; i++) {
            rel[i] = x[i] - x[0];
        }
        double[] y = noisy(n, 3);
        assertThat(Lttb.downsample(x, y, 300)).containsExactly(Lttb.downsample(rel, y, 300));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> Lttb.downsample(new double[] {1, 2}, new double[] {1}, 5))
                .hasMessage("x and y must have the same length, got 2 and 1");
        assertThatThrownBy(() -> Lttb.downsample(new double[] {1, 2, 3}, new double[] {1, 2, 3}, 1))
                .hasMessage("maxPoints must be at least 2, got 1");
        assertThatThrownBy(() -> Lttb.downsample(new double[] {1, 2, 3}, new double[] {1, Double.NaN, 3}, 2))
                .hasMessage("y must be finite, got NaN at index 1");
    }
}
