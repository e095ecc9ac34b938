package io.lightwaveos.bench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void percentilesInterpolateLinearlyBetweenClosestRanks() {
        Percentiles p = Percentiles.of(new double[] {4, 1, 3, 2});
        // h = (n - 1) p / 100 = 3 p / 100.
        assertThat(p.percentile(0)).isEqualTo(1.0);
        assertThat(p.percentile(25)).isEqualTo(1.75);
        assertThat(p.percentile(50)).isEqualTo(2.5);
        assertThat(p.percentile(90)).isEqualTo(3.7);
        assertThat(p.percentile(100)).isEqualTo(4.0);
        assertThat(p.median()).isEqualTo(2.5);
        assertThat(p.valueAt(0)).isEqualTo(1.0);
        assertThat(p.valueAt(3)).isEqualTo(4.0);
        assertThat(p.size()).isEqualTo(4);
    }

    @Test
    void emptySeriesHasNullStatistics() {
        Percentiles p = Percentiles.of(new double[0]);
        assertThat(p.percentile(50)).isNull();
        assertThat(p.min()).isNull();
        assertThat(p.max()).isNull();
        assertThat(p.medianAbsoluteDeviation()).isNull();
    }

    @Test
    void percentileOutsideZeroToHundredIsRefused() {
        Percentiles p = Percentiles.of(new double[] {1});
        assertThatThrownBy(() -> p.percentile(100.5)).hasMessage("percentile must be between 0 and 100, got 100.5");
        assertThatThrownBy(() -> p.percentile(Double.NaN)).hasMessage("percentile must be between 0 and 100, got NaN");
    }

    @Test
    void madBySearchEqualsTheMedianOfSortedDeviations() {
        SplittableRandom r = new SplittableRandom(9);
        for (int round = 0; round < 400; round++) {
            int n = 1 + r.nextInt(60);
            double[] x = new double[n];
            boolean ties = r.nextBoolean();
            for (int i = 0; i < n; i++) {
                x[i] = ties ? r.nextInt(8) : r.nextDouble(-5, 5);
            }
            Percentiles p = Percentiles.of(x);
            double median = p.median();
            double[] dev = new double[n];
            for (int i = 0; i < n; i++) {
                dev[i] = Math.abs(x[i] - median);
            }
            double expected = Percentiles.of(dev).median();
            assertThat(p.medianAbsoluteDeviation()).as("MAD of %s", Arrays.toString(x)).isEqualTo(expected);
        }
    }

    @Test
    void sortingLeavesTheInputAlone() {
        double[] x = {3, 1, 2};
        Percentiles.of(x);
        assertThat(x).containsExactly(3, 1, 2);
    }
}
