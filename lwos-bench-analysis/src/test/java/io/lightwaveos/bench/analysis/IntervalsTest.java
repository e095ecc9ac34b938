package io.lightwaveos.bench.analysis;

import static io.lightwaveos.bench.analysis.Tolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The gate's 95% intervals against scipy ({@code intervals.json}, made by {@code make_cases.py}). */
class IntervalsTest {

    @TestFactory
    Stream<DynamicTest> meanAndPercentileIntervalsMatchScipy() throws IOException {
        JsonNode cases;
        try (InputStream in = IntervalsTest.class.getResourceAsStream("/intervals.json")) {
            cases = new ObjectMapper().readTree(in).get("cases");
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                Summary s = Summary.of(ReferenceData.doubles(c.get("x")));
                assertClose("n_eff", s.nEff(), c.get("n_eff"));
                Interval mean = Intervals.mean(s);
                assertClose("mean lo", mean.lo(), c.get("mean").get(0));
                assertClose("mean hi", mean.hi(), c.get("mean").get(1));
                c.get("percentiles").properties().forEach(e -> {
                    Interval p = Intervals.percentile(s, Double.parseDouble(e.getKey()));
                    assertThat(p.lo()).as("p" + e.getKey() + " lo").isEqualTo(e.getValue().get(0).asDouble());
                    assertThat(p.hi()).as("p" + e.getKey() + " hi").isEqualTo(e.getValue().get(1).asDouble());
                });
            }));
        }
        assertThat(tests).hasSizeGreaterThan(5);
        return tests.stream();
    }

    @Test
    void intervalsContainTheirEstimateAndWidenWithAutocorrelation() {
        double[] smooth = new double[400];
        double[] shuffled = new double[400];
        for (int i = 0; i < 400; i++) {
            smooth[i] = 150 + 5 * Math.sin(i / 20.0) + ((i * 7919) % 101) / 100.0;
        }
        for (int i = 0; i < 400; i++) {
            shuffled[i] = smooth[(i * 163) % 400]; // 163 is prime to 400: a permutation that breaks the smoothness
        }
        Summary a = Summary.of(shuffled);
        Summary b = Summary.of(smooth);
        assertThat(b.nEff()).isLessThan(a.nEff() / 4);
        assertThat(Intervals.mean(a).contains(a.mean())).isTrue();
        assertThat(Intervals.percentile(a, 95).contains(a.p95())).isTrue();
        assertThat(Intervals.percentile(b, 95).contains(b.p95())).isTrue();
        assertThat(Intervals.mean(b).halfWidth()).isGreaterThan(Intervals.mean(a).halfWidth());
        assertThat(Intervals.percentile(b, 50).halfWidth()).isGreaterThan(Intervals.percentile(a, 50).halfWidth());
    }

    @Test
    void fewerThanTwoValuesHaveNoInterval() {
        Summary one = Summary.of(new double[] {3});
        assertThat(Intervals.mean(one)).isNull();
        assertThat(Intervals.percentile(one, 95)).isNull();
        assertThat(Intervals.of(Summary.of(new double[0]), SummaryStat.P95)).isNull();
        assertThat(Intervals.of(Summary.of(new double[] {1, 2, 3}), SummaryStat.STD)).isNull();
    }

    @Test
    void badArgumentsAreRefusedStatingTheRule() {
        Summary s = Summary.of(new double[] {1, 2, 3});
        assertThatThrownBy(() -> Intervals.percentile(s, 101)).hasMessage("percentile must be between 0 and 100, got 101.0");
        assertThatThrownBy(() -> Intervals.mean(1, -1, 5)).hasMessageStartingWith("expected a finite mean, std >= 0 and n_eff > 1");
        assertThatThrownBy(() -> new Interval(2, 1)).hasMessage("an interval needs finite ends with lo <= hi, got [2.0, 1.0]");
    }
}
