package io.lightwaveos.bench.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lightwaveos.bench.analysis.NothingToCompareException;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Measures compared beside frame metrics (SPEC §14): repeats as a metric, single values by their relative change only. */
class MeasureComparisonTest {

    private static final Map<Metric, double[]> NO_FRAMES = Map.of();

    private static double[] around(long seed, int n, double mean, double relativeSd) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double u = 1 - r.nextDouble();
            x[i] = mean * (1 + relativeSd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble()));
        }
        return x;
    }

    private static MeasureSet set(Measure... measures) {
        return MeasureSet.of(List.of(measures));
    }

    @Test
    void repeatsTenPercentApartRegressWithEveryStatisticOfAMetric() {
        MeasureSet a = set(Measure.of("jmh", "decode", "ns/op", Direction.LOWER_IS_BETTER, around(1, 15, 100, 0.01)));
        MeasureSet b = set(Measure.of("jmh", "decode", "ns/op", Direction.LOWER_IS_BETTER, around(2, 15, 110, 0.01)));
        Comparison c = Comparison.compare(NO_FRAMES, NO_FRAMES, a, b, CompareOptions.defaults());
        assertThat(c.metrics()).as("runs of measures only show no frame metric").isEmpty();
        MeasureComparison m = c.measures().get(0);
        assertThat(m.id()).isEqualTo("jmh:decode");
        assertThat(m.a().n()).isEqualTo(15);
        assertThat(m.relativeChange()).isCloseTo(0.10, within(0.02));
        assertThat(m.adjusted().pHolm()).isLessThan(0.001);
        assertThat(m.verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(m.note()).isEmpty();
        assertThat(c.regressions()).isEqualTo(1);
        assertThat(c.regressedIds()).containsExactly("jmh:decode");
    }

    @Test
    void measuresJoinTheHolmFamilyOfTheFrameMetrics() {
        Map<Metric, double[]> fa = Map.of(Metric.AVG_TOTAL_US, around(3, 400, 150, 0.02));
        Map<Metric, double[]> fb = Map.of(Metric.AVG_TOTAL_US, around(4, 400, 150, 0.02));
        MeasureSet a = set(Measure.of("jmh", "decode", "ns/op", Direction.LOWER_IS_BETTER, around(1, 15, 100, 0.01)));
        MeasureSet b = set(Measure.of("jmh", "decode", "ns/op", Direction.LOWER_IS_BETTER, around(2, 15, 100.5, 0.01)));
        Comparison alone = Comparison.compare(NO_FRAMES, NO_FRAMES, a, b, CompareOptions.defaults());
        Comparison together = Comparison.compare(fa, fb, a, b, CompareOptions.defaults()
                .withMetrics(List.of(Metric.AVG_TOTAL_US)).withMeasures(List.of(MeasureRef.parse("jmh:decode"))));
        assertThat(together.all()).extracting(Compared::id).containsExactly("avg_total_us", "jmh:decode");
        double p = alone.measures().get(0).adjusted().p();
        assertThat(alone.measures().get(0).adjusted().pHolm()).isEqualTo(p);
        assertThat(together.measures().get(0).adjusted().pHolm()).as("Holm over two hypotheses")
                .isGreaterThan(p).isLessThanOrEqualTo(Math.min(1, 2 * p) + 1e-12);
    }

    @Test
    void singleValuesGetTheirRelativeChangeOnlyAndAreInconclusive() {
        MeasureSet a = MeasureSet.builder("native").record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER).build();
        MeasureSet b = MeasureSet.builder("native").record("latency_ms", 9.24, "ms", Direction.LOWER_IS_BETTER).build();
        MeasureComparison m = Comparison.compare(NO_FRAMES, NO_FRAMES, a, b, CompareOptions.defaults()).measures().get(0);
        assertThat(m.relativeChange()).isCloseTo(0.10, within(1e-12));
        assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(m.note()).contains(MeasureComparison.SINGLE_VALUES);
        assertThat(m.adjusted().p()).isNull();
        assertThat(m.ci95Relative()).isNull();
        assertThat(m.samplesNeeded()).isNull();
    }

    @Test
    void equivalenceNeedsTwoRepeatsPerSide() {
        MeasureSet a = set(Measure.of("hyperfine", "build", "s", Direction.LOWER_IS_BETTER, 2.0));
        MeasureSet b = set(Measure.of("hyperfine", "build", "s", Direction.LOWER_IS_BETTER, 2.0, 2.0001, 1.9999, 2.0));
        MeasureComparison m = Comparison.compare(NO_FRAMES, NO_FRAMES, a, b, CompareOptions.defaults()).measures().get(0);
        assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(m.note()).hasValueSatisfying(n -> assertThat(n).contains("A has a single value, B 4 repeats")
                .contains("at least 2 repeats per side"));
    }

    @Test
    void aMeasureWithoutDirectionIsNeverCalledBetterOrWorse() {
        MeasureSet a = MeasureSet.builder("native").report("sample_rate_hz", 44100, "Hz").build();
        MeasureSet b = MeasureSet.builder("native").report("sample_rate_hz", 48000, "Hz").build();
        Comparison c = Comparison.compare(NO_FRAMES, NO_FRAMES, a, b, CompareOptions.defaults());
        MeasureComparison m = c.measures().get(0);
        assertThat(m.significant()).isFalse();
        assertThat(m.counted()).isFalse();
        assertThat(m.direction()).isEmpty();
        assertThat(m.note()).hasValueSatisfying(n -> assertThat(n).contains("reported, not gated"));
        assertThat(c.inconclusives()).isZero();
    }

    @Test
    void differentUnitsAreNotCompared() {
        MeasureSet a = set(Measure.of("x", "t", "ms", Direction.LOWER_IS_BETTER, 1, 2, 3));
        MeasureSet b = set(Measure.of("x", "t", "us", Direction.LOWER_IS_BETTER, 1000, 2000, 3000));
        MeasureComparison m = Comparison.compare(NO_FRAMES, NO_FRAMES, a, b, CompareOptions.defaults()).measures().get(0);
        assertThat(m.meanDiff()).isNull();
        assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(m.note()).hasValueSatisfying(n -> assertThat(n).contains("units differ"));
    }

    @Test
    void measuresHeldByOneRunOnlyAreNothingToCompare() {
        MeasureSet a = set(Measure.of("jmh", "decode", "ns/op", Direction.LOWER_IS_BETTER, 1, 2));
        MeasureSet b = set(Measure.of("jmh", "encode", "ns/op", Direction.LOWER_IS_BETTER, 1, 2));
        assertThatThrownBy(() -> Comparison.compare(NO_FRAMES, NO_FRAMES, a, b, CompareOptions.defaults()))
                .isInstanceOf(NothingToCompareException.class);
        assertThatThrownBy(() -> Comparison.compare(NO_FRAMES, NO_FRAMES, a, b,
                CompareOptions.defaults().withMeasures(List.of(MeasureRef.parse("jmh:decode")))))
                .isInstanceOf(NothingToCompareException.class)
                .hasMessageContaining("no metric or measure of jmh:decode has values in both runs (A has jmh:decode, B has none)");
    }
}
