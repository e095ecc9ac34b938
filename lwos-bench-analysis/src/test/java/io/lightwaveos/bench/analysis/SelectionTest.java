package io.lightwaveos.bench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Large series take the selection path; their statistics must be exactly (bit for bit) those of
 * the sorted path, which the numpy references check directly.
 */
class SelectionTest {

    private static final double[] PERCENTILES = {50, 90, 95, 99, 99.9};

    private static double[] series(int n, IntToDoubleFunction f) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = f.applyAsDouble(i);
        }
        return x;
    }

    private static void assertSameAsSortedPath(String shape, double[] x) {
        Summary s = Summary.of(x);
        Percentiles sorted = Percentiles.of(x);
        assertThat(s.min()).as(shape + " min").isEqualTo(sorted.min());
        assertThat(s.max()).as(shape + " max").isEqualTo(sorted.max());
        assertThat(s.median()).as(shape + " median").isEqualTo(sorted.median());
        assertThat(s.mad()).as(shape + " mad").isEqualTo(sorted.medianAbsoluteDeviation());
        assertThat(new Double[] {s.p50(), s.p90(), s.p95(), s.p99(), s.p99_9()}).as(shape + " percentiles")
                .containsExactly(sorted.percentile(PERCENTILES[0]), sorted.percentile(PERCENTILES[1]),
                        sorted.percentile(PERCENTILES[2]), sorted.percentile(PERCENTILES[3]),
                        sorted.percentile(PERCENTILES[4]));
        assertThat(s.percentile(12.5)).as(shape + " lazily sorted").isEqualTo(sorted.percentile(12.5));
        assertThat(s.sorted().valueAt(x.length / 3)).isEqualTo(sorted.valueAt(x.length / 3));
    }

    @Test
    void selectedStatisticsEqualTheSortedOnesForManyShapes() {
        SplittableRandom r = new SplittableRandom(8);
        int n = 100_001;
        assertSameAsSortedPath("device floats", series(n, i -> (float) (150 + 5 * r.nextGaussian())));
        assertSameAsSortedPath("even n", series(n + 1, i -> (float) (70 + r.nextGaussian())));
        assertSameAsSortedPath("whole microseconds with ties", series(n, i -> 180 + r.nextInt(40)));
        assertSameAsSortedPath("two values", series(n, i -> i % 3 == 0 ? 1 : 2));
        assertSameAsSortedPath("one giant outlier", series(n, i -> i == 777 ? 1e12 : 150 + r.nextDouble()));
        assertSameAsSortedPath("negative and positive", series(n, i -> r.nextDouble(-1e6, 1e6)));
        assertSameAsSortedPath("half constant", series(n, i -> i % 2 == 0 ? 5 : 5 + r.nextDouble()));
        assertSameAsSortedPath("a few ulps apart", series(n, i -> 1.0 + r.nextInt(5) * Math.ulp(1.0)));
    }

    @Test
    void constantLargeSeriesHasZeroSpread() {
        Summary s = Summary.of(series(50_000, i -> 42.5));
        assertThat(s.p99_9()).isEqualTo(42.5);
        assertThat(s.mad()).isZero();
        assertThat(s.std()).isZero();
        assertThat(s.nEff()).isEqualTo(50_000.0);
    }

    @Test
    void summaryIsSafeToShareAcrossThreads() throws InterruptedException {
        Summary s = Summary.of(series(60_000, i -> i % 977));
        Thread[] threads = new Thread[4];
        Percentiles[] seen = new Percentiles[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int k = t;
            threads[t] = new Thread(() -> seen[k] = s.sorted());
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (Percentiles p : seen) {
            assertThat(p).isSameAs(seen[0]);
        }
        assertThat(seen[0].valueAt(59_999)).isEqualTo(976.0);
    }
}
