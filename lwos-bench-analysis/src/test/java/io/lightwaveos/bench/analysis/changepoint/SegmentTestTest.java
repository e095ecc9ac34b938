package io.lightwaveos.bench.analysis.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SegmentTestTest {

    @Test
    void pValueMatchesScipyStudentTest() {
        for (JsonNode c : ChangePointReference.CASES.get("segments")) {
            double[] x = ChangePointReference.doubles(c.get("x"));
            double p = SegmentTest.pValue(x, c.get("a").asInt(), c.get("b").asInt(), c.get("c").asInt());
            double expected = c.get("p").asDouble();
            assertThat(p).as("p of %s", c.get("b")).isCloseTo(expected, within(1e-9 * expected));
        }
    }

    @Test
    void tooFewValuesGiveOne() {
        assertThat(SegmentTest.pValue(new double[] {1, 5}, 0, 1, 2)).isEqualTo(1.0);
    }

    @Test
    void twoDifferentConstantsGiveZeroAndTwoEqualOnesGiveOne() {
        double[] x = {3, 3, 3, 7, 7, 7};
        assertThat(SegmentTest.pValue(x, 0, 3, 6)).isEqualTo(0.0);
        assertThat(SegmentTest.pValue(new double[] {3, 3, 3, 3}, 0, 2, 4)).isEqualTo(1.0);
    }
}
