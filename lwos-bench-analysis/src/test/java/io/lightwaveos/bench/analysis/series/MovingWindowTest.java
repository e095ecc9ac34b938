package io.lightwaveos.bench.analysis.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MovingWindowTest {

    @Test
    void matchesNumpySlidingWindowsForSeveralWidths() {
        double[] x = SeriesReference.x();
        JsonNode all = SeriesReference.SERIES.get("moving");
        for (String w : new String[] {"1", "5", "20", "120"}) {
            MovingWindow mw = MovingWindow.of(x, Integer.parseInt(w));
            JsonNode ref = all.get(w);
            assertThat(mw.size()).isEqualTo(x.length - Integer.parseInt(w) + 1);
            SeriesReference.assertAllClose("mean w=" + w, mw.mean(), ref.get("mean"), 150);
            SeriesReference.assertAllClose("std w=" + w, mw.std(), ref.get("std"), 150);
            SeriesReference.assertAllClose("min w=" + w, mw.min(), ref.get("min"), 150);
            SeriesReference.assertAllClose("max w=" + w, mw.max(), ref.get("max"), 150);
        }
    }

    @Test
    void longSeriesStaysAccurateAgainstDirectComputation() {
        SplittableRandom r = new SplittableRandom(4);
        double[] x = new double[200_000];
        for (int i = 0; i < x.length; i++) {
            // A large offset with small noise is the hard case for a sliding variance.
            x[i] = 1e6 + r.nextDouble() + (i % 5000 == 0 ? 50 : 0);
        }
        int w = 37;
        MovingWindow mw = MovingWindow.of(x, w);
        double[] std = mw.std();
        double[] max = mw.max();
        for (int k = 0; k < mw.size(); k += 997) {
            double mean = 0;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = k; i < k + w; i++) {
                mean += x[i];
                hi = Math.max(hi, x[i]);
            }
            mean /= w;
            double ss = 0;
            for (int i = k; i < k + w; i++) {
                ss += (x[i] - mean) * (x[i] - mean);
            }
            assertThat(std[k]).as("std of window %d", k).isCloseTo(Math.sqrt(ss / w), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(max[k]).isEqualTo(hi);
        }
    }

    @Test
    void seriesShorterThanTheWindowHasNoWindows() {
        MovingWindow mw = MovingWindow.of(new double[] {1, 2}, 3);
        assertThat(mw.size()).isZero();
        assertThat(mw.mean()).isEmpty();
        assertThat(mw.window()).isEqualTo(3);
    }

    @Test
    void constantWindowsHaveZeroSpread() {
        MovingWindow mw = MovingWindow.of(new double[] {7, 7, 7, 7, 7, 9}, 3);
        assertThat(mw.std()).containsExactly(0, 0, 0, mw.std()[3]);
        assertThat(mw.min()).containsExactly(7, 7, 7, 7);
        assertThat(mw.max()).containsExactly(7, 7, 7, 9);
    }

    @Test
    void windowBelowOneIsRefused() {
        assertThatThrownBy(() -> MovingWindow.of(new double[] {1}, 0)).hasMessage("window must be at least 1, got 0");
        assertThatThrownBy(() -> MovingWindow.of(new double[] {1, Double.POSITIVE_INFINITY}, 1))
                .hasMessage("values must be finite, got Infinity at index 1");
    }
}
