package io.lightwaveos.bench.analysis.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.lightwaveos.bench.analysis.Percentiles;
import io.lightwaveos.bench.analysis.ReferenceData;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HistogramTest {

    private static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }

    private static void assertMatches(Histogram h, JsonNode ref) {
        assertThat(h.counts()).containsExactly(longs(ref.get("counts")));
        SeriesReference.assertAllClose("edges", h.edges(), ref.get("edges"), 1);
    }

    @Test
    void freedmanDiaconisMatchesNumpyFd() {
        double[] x = SeriesReference.x();
        JsonNode hist = SeriesReference.SERIES.get("histogram");
        assertMatches(Histogram.freedmanDiaconis(x), hist.get("fd"));
        assertMatches(Histogram.freedmanDiaconis(x, Percentiles.of(x)), hist.get("fd"));
        double[] ties = ReferenceData.doubles(hist.get("fd_ties").get("x"));
        assertMatches(Histogram.freedmanDiaconis(ties), hist.get("fd_ties"));
    }

    @Test
    void givenBinCountMatchesNumpy() {
        Histogram h = Histogram.withBins(SeriesReference.x(), 7);
        assertThat(h.bins()).isEqualTo(7);
        assertMatches(h, SeriesReference.SERIES.get("histogram").get("7"));
    }

    @Test
    void lastBinHoldsTheMaximumAndCountsSumToN() {
        Histogram h = Histogram.withBins(new double[] {0, 1, 2, 3, 4}, 4);
        assertThat(h.edges()).containsExactly(0, 1, 2, 3, 4);
        assertThat(h.counts()).containsExactly(1, 1, 1, 2);
        assertThat(Arrays.stream(h.counts()).sum()).isEqualTo(5);
    }

    @Test
    void constantAndEmptySeriesGetAUnitRange() {
        Histogram constant = Histogram.freedmanDiaconis(new double[] {3, 3, 3});
        assertThat(constant.edges()).containsExactly(2.5, 3.5);
        assertThat(constant.counts()).containsExactly(3);
        Histogram empty = Histogram.withBins(new double[0], 2);
        assertThat(empty.edges()).containsExactly(0, 0.5, 1);
        assertThat(empty.counts()).containsExactly(0, 0);
    }

    @Test
    void freedmanDiaconisBinCountIsCapped() {
        double[] x = new double[1000];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 1e-6;
        }
        x[999] = 1e6;
        assertThat(Histogram.freedmanDiaconis(x).bins()).isEqualTo(Histogram.MAX_AUTO_BINS);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> Histogram.withBins(new double[] {1}, 0)).hasMessage("bins must be at least 1, got 0");
        assertThatThrownBy(() -> Histogram.freedmanDiaconis(new double[] {1, 2}, Percentiles.of(new double[] {1})))
                .hasMessage("sorted values must be those of the series: expected 2 values, got 1");
    }

    @Test
    void fixedRangeCountsOnlyTheValuesInsideWithTheLastEdgeIncluded() {
        Histogram h = Histogram.withRange(new double[] {-1, 0, 0.5, 2.5, 5, 6}, 5, 0, 5);
        assertThat(h.edges()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(h.counts()).containsExactly(2, 0, 1, 0, 1);
        assertThat(h.below()).isEqualTo(1);
        assertThat(h.above()).isEqualTo(1);
        assertThatThrownBy(() -> Histogram.withRange(new double[] {1}, 3, 2, 2))
                .hasMessage("range must be finite with lo < hi, got [2.0, 2.0]");
    }
}
