package io.lightwaveos.bench.analysis.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class WindowSplitterTest {

    @Test
    void candidateIsTheBruteForceMaximumOfQ() {
        for (JsonNode c : ChangePointReference.CASES.get("qhat")) {
            double[] x = ChangePointReference.doubles(c.get("x"));
            WindowSplitter splitter = new WindowSplitter();
            assertThat(splitter.firstCandidate(x, 0, x.length)).as("tau of %d values", x.length).isEqualTo(c.get("tau").asInt());
            double q = c.get("q").asDouble();
            assertThat(splitter.candidateQ()).isCloseTo(q, within(1e-9 * Math.abs(q)));
        }
    }

    @Test
    void candidateOfAShiftedWindowIsOffsetByItsStart() {
        JsonNode c = ChangePointReference.CASES.get("qhat").get(0);
        double[] x = ChangePointReference.doubles(c.get("x"));
        double[] padded = new double[x.length + 7];
        System.arraycopy(x, 0, padded, 7, x.length);
        assertThat(new WindowSplitter().firstCandidate(padded, 7, padded.length)).isEqualTo(7 + c.get("tau").asInt());
    }

    @Test
    void splitStopsAtTheFirstInsignificantCandidate() {
        double[] x = new double[60];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i >= 35 ? 20 : 10) + (i % 3) * 0.1;
        }
        Indices out = new Indices();
        int last = new WindowSplitter().split(x, 20, 60, 0.01, out);
        assertThat(out.size()).isEqualTo(1);
        assertThat(out.get(0)).isEqualTo(35);
        assertThat(last).isEqualTo(35);
    }

    @Test
    void constantWindowHasNoSplit() {
        double[] x = new double[30];
        java.util.Arrays.fill(x, 4.5);
        Indices out = new Indices();
        assertThat(new WindowSplitter().split(x, 0, 30, 0.01, out)).isEqualTo(-1);
        assertThat(out.size()).isZero();
    }
}
