package io.lightwaveos.bench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummaryTest {

    @Test
    void noValuesGiveNullsExceptN() {
        Summary s = Summary.of(new double[0]);
        assertThat(s.n()).isZero();
        assertThat(s.asMap()).containsEntry("n", 0.0);
        List<String> nonNull = new ArrayList<>();
        s.asMap().forEach((k, v) -> {
            if (v != null) {
                nonNull.add(k);
            }
        });
        assertThat(nonNull).containsExactly("n");
        assertThat(s.percentile(12.5)).isNull();
    }

    @Test
    void oneValueHasNoStandardDeviationButEverythingElse() {
        Summary s = Summary.of(new double[] {151.5});
        assertThat(s.std()).isNull();
        assertThat(s.variance()).isNull();
        assertThat(s.mean()).isEqualTo(151.5);
        assertThat(s.median()).isEqualTo(151.5);
        assertThat(s.mad()).isZero();
        assertThat(s.p99_9()).isEqualTo(151.5);
        assertThat(s.lag1Autocorrelation()).isZero();
        assertThat(s.nEff()).isEqualTo(1.0);
    }

    @Test
    void constantSeriesHasZeroSpreadAndNoAutocorrelation() {
        Summary s = Summary.of(new double[] {200, 200, 200, 200, 200});
        assertThat(s.std()).isZero();
        assertThat(s.mad()).isZero();
        assertThat(s.lag1Autocorrelation()).isZero();
        assertThat(s.nEff()).isEqualTo(5.0);
    }

    @Test
    void negativeAutocorrelationKeepsNEffAtN() {
        Summary s = Summary.of(new double[] {1, -1, 1, -1, 1, -1, 1, -1});
        assertThat(s.lag1Autocorrelation()).isEqualTo(-7.0 / 8.0);
        assertThat(s.nEff()).isEqualTo(8.0);
    }

    @Test
    void strongPositiveAutocorrelationClampsNEffAtTwo() {
        double[] ramp = new double[100];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = i;
        }
        Summary s = Summary.of(ramp);
        assertThat(s.lag1Autocorrelation()).isGreaterThan(0.95);
        assertThat(s.nEff()).isEqualTo(2.0);
    }

    @Test
    void moderateAutocorrelationShrinksNEffByTheFormula() {
        // Deviations from the mean 2: -1 -1 0 0 1 1 0 0, twice; Σd² = 8, Σ d_i d_i+1 = 4, so r1 = 0.5.
        double[] x = {1, 1, 2, 2, 3, 3, 2, 2, 1, 1, 2, 2, 3, 3, 2, 2};
        Summary s = Summary.of(x);
        assertThat(s.lag1Autocorrelation()).isEqualTo(0.5);
        assertThat(s.nEff()).isCloseTo(16 * 0.5 / 1.5, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void mapHoldsTheSpecFieldsInOrderAndAgreesWithTheAccessors() {
        Summary s = Summary.of(new double[] {5, 1, 4, 2, 3, 9});
        assertThat(s.asMap().keySet()).containsExactly("n", "mean", "std", "min", "max", "median", "mad",
                "p50", "p90", "p95", "p99", "p99_9", "lag1_autocorrelation", "n_eff");
        assertThat(s.asMap()).containsEntry("p99_9", s.p99_9()).containsEntry("mad", s.mad())
                .containsEntry("n_eff", s.nEff()).containsEntry("median", 3.5);
        assertThat(s.p50()).isEqualTo(s.median());
        assertThat(s.min()).isEqualTo(1.0);
        assertThat(s.max()).isEqualTo(9.0);
        assertThat(s.variance()).isEqualTo(s.std() * s.std(), org.assertj.core.data.Offset.offset(1e-12));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 7, 1000, 40_000, 100_001})
    void sortingInPlaceGivesTheSameStatisticsBitForBitAndKeepsTheSortedArray(int n) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(n);
        double[] values = new double[n];
        double level = 150;
        for (int i = 0; i < n; i++) {
            level += r.nextGaussian() * 0.1 + (150 - level) * 0.05;
            values[i] = (float) (level + r.nextGaussian());
        }
        Summary copied = Summary.of(values);
        double[] own = values.clone();
        Summary sorted = Summary.ofSortingInPlace(own);
        assertThat(sorted.asMap()).isEqualTo(copied.asMap());
        double[] expected = values.clone();
        java.util.Arrays.sort(expected);
        assertThat(own).containsExactly(expected);
        if (n > 0) {
            assertThat(sorted.sorted().valueAt(n / 3)).isEqualTo(expected[n / 3]);
            assertThat(sorted.sorted().size()).isEqualTo(n);
            assertThat(sorted.percentile(37.5)).isEqualTo(copied.percentile(37.5));
        }
    }

    @Test
    void nonFiniteValueIsRefused() {
        assertThatThrownBy(() -> Summary.of(new double[] {1, 2, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("values must be finite, got NaN at index 2");
    }
}
