package io.lightwaveos.bench.analysis.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class OutliersTest {

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    @Test
    void matchesNumpyModifiedZScoresAndIndices() {
        double[] x = SeriesReference.x();
        JsonNode ref = SeriesReference.SERIES.get("outliers");
        Outliers three = Outliers.detect(x);
        assertThat(three.threshold()).isEqualTo(3.0);
        assertThat(three.indices()).containsExactly(ints(ref.get("3.0").get("indices")));
        assertThat(three.indices()).contains(37, 80);
        assertThat(Outliers.detect(x, 2.0).indices()).containsExactly(ints(ref.get("2.0").get("indices")));
        SeriesReference.assertAllClose("z", three.zScores(), ref.get("z"), 1);
    }

    @Test
    void zeroMadMeansNoOutliers() {
        Outliers o = Outliers.detect(new double[] {5, 5, 5, 5, 100});
        assertThat(o.mad()).isZero();
        assertThat(o.count()).isZero();
        assertThat(o.zScores()).isNull();
        assertThat(o.median()).isEqualTo(5.0);
    }

    @Test
    void emptySeriesHasNoOutliersAndNullCentre() {
        Outliers o = Outliers.detect(new double[0]);
        assertThat(o.indices()).isEmpty();
        assertThat(o.median()).isNull();
    }

    @Test
    void thresholdMustBePositive() {
        assertThatThrownBy(() -> Outliers.detect(new double[] {1}, 0))
                .hasMessage("threshold must be a finite number > 0, got 0.0");
    }
}
