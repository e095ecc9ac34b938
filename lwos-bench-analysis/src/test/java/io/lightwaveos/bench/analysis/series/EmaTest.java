package io.lightwaveos.bench.analysis.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmaTest {

    @Test
    void matchesNumpyForDefaultAndOtherAlphas() {
        double[] x = SeriesReference.x();
        SeriesReference.assertAllClose("ema 0.2", Ema.of(x), SeriesReference.SERIES.get("ema").get("0.2"), 150);
        SeriesReference.assertAllClose("ema 0.5", Ema.of(x, 0.5), SeriesReference.SERIES.get("ema").get("0.5"), 150);
    }

    @Test
    void startsAtTheFirstValueAndAlphaOneIsTheSeriesItself() {
        double[] x = {10, 20, 30};
        assertThat(Ema.of(x)).containsExactly(10, 12, 15.600000000000001);
        assertThat(Ema.of(x, 1)).containsExactly(10, 20, 30);
        assertThat(Ema.of(new double[0])).isEmpty();
    }

    @Test
    void alphaOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> Ema.of(new double[] {1}, 0)).hasMessage("alpha must be > 0 and <= 1, got 0.0");
        assertThatThrownBy(() -> Ema.of(new double[] {1}, 1.5)).hasMessage("alpha must be > 0 and <= 1, got 1.5");
    }
}
