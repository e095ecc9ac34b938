package io.lightwaveos.bench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** The radix sort (large arrays) must order exactly like {@link Arrays#sort(double[])}. */
class DoubleSortTest {

    private static void assertSortsLikeArraysSort(double[] values) {
        double[] input = values.clone();
        double[] expected = values.clone();
        Arrays.sort(expected);
        double[] actual = DoubleSort.sortedCopy(values);
        // Arrays.mismatch compares bit patterns, so -0.0 before 0.0 is checked too.
        assertThat(Arrays.mismatch(actual, expected)).as("first index out of order").isEqualTo(-1);
        assertThat(Arrays.mismatch(values, input)).as("input untouched").isEqualTo(-1);
        double[] own = values.clone();
        assertThat(DoubleSort.sortInPlace(own)).isSameAs(own);
        assertThat(Arrays.mismatch(own, expected)).as("first index out of order, sorted in place").isEqualTo(-1);
    }

    private static double[] fill(int n, DoubleSupplier s) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = s.getAsDouble();
        }
        return x;
    }

    @Test
    void floatValuedDeviceDataSortsLikeTheComparisonSort() {
        SplittableRandom r = new SplittableRandom(1);
        assertSortsLikeArraysSort(fill(100_000, () -> (float) (140 + 30 * r.nextDouble())));
    }

    @Test
    void negativesZerosAndWideMagnitudesSortLikeTheComparisonSort() {
        SplittableRandom r = new SplittableRandom(2);
        double[] x = fill(50_000, () -> (r.nextBoolean() ? -1 : 1) * Math.pow(10, r.nextDouble(-300, 300)));
        x[5] = 0.0;
        x[6] = -0.0;
        x[7] = Double.MAX_VALUE;
        x[8] = -Double.MAX_VALUE;
        x[9] = Double.MIN_VALUE;
        x[10] = -Double.MIN_VALUE;
        assertSortsLikeArraysSort(x);
    }

    @Test
    void integerValuedDataWithManyTiesSortsLikeTheComparisonSort() {
        SplittableRandom r = new SplittableRandom(3);
        assertSortsLikeArraysSort(fill(20_000, () -> r.nextInt(180, 200)));
    }

    @Test
    void everyPassCountSortsLikeTheComparisonSort() {
        SplittableRandom r = new SplittableRandom(4);
        // Differing bit ranges of about 7, 18, 23, 52 and 64 bits: 1, 2, 3, 5 and 6 radix passes.
        assertSortsLikeArraysSort(fill(10_000, () -> r.nextInt(150, 200)));
        assertSortsLikeArraysSort(fill(10_000, () -> r.nextInt(0, 100_000)));
        assertSortsLikeArraysSort(fill(10_000, () -> (float) (1 + r.nextDouble())));
        assertSortsLikeArraysSort(fill(10_000, () -> 1 + r.nextDouble()));
        assertSortsLikeArraysSort(fill(10_000, () -> r.nextDouble(-1e300, 1e300)));
    }

    @Test
    void constantAndSmallArraysSort() {
        assertSortsLikeArraysSort(fill(10_000, () -> 150.25));
        assertSortsLikeArraysSort(new double[] {3, 1, 2});
        assertSortsLikeArraysSort(new double[0]);
    }

    @Test
    void nonFiniteValuesAreRefusedNamingTheIndex() {
        double[] x = fill(5000, () -> 1.0);
        x[4321] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> DoubleSort.sortedCopy(x)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values must be finite, got Infinity at index 4321");
        double[] before = x.clone();
        assertThatThrownBy(() -> DoubleSort.sortInPlace(x)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values must be finite, got Infinity at index 4321");
        assertThat(Arrays.mismatch(x, before)).as("left as it was").isEqualTo(-1);
    }
}
