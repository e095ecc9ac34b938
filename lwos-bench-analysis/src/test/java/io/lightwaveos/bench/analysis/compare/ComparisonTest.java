package io.lightwaveos.bench.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static double[] normal(long seed, int n, double mean, double sd) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            // Box-Muller keeps the test free of other libraries.
            double u = 1 - r.nextDouble();
            x[i] = mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
        }
        return x;
    }

    private static double[] ar1(long seed, int n, double mean, double sd, double phi) {
        double[] e = normal(seed, n, 0, sd * Math.sqrt(1 - phi * phi));
        double[] x = new double[n];
        double prev = 0;
        for (int i = 0; i < n; i++) {
            prev = phi * prev + e[i];
            x[i] = mean + prev;
        }
        return x;
    }

    /** Every compact metric with the same noise around the given means. */
    private static Map<Metric, double[]> run(long seed, double totalMean, double goertzelMean) {
        Map<Metric, double[]> m = new EnumMap<>(Metric.class);
        m.put(Metric.AVG_TOTAL_US, normal(seed, 400, totalMean, 3));
        m.put(Metric.AVG_GOERTZEL_US, normal(seed + 1, 400, goertzelMean, 2));
        m.put(Metric.CPU_LOAD_PERCENT, normal(seed + 2, 400, 0.75, 0.02));
        m.put(Metric.PEAK_TOTAL_US, normal(seed + 3, 400, 200, 10));
        m.put(Metric.PEAK_GOERTZEL_US, normal(seed + 4, 400, 100, 5));
        return m;
    }

    private static MetricComparison of(Comparison c, Metric metric) {
        return c.metrics().stream().filter(m -> m.metric() == metric).findFirst().orElseThrow();
    }

    @Test
    void slowerCandidateIsARegressionAndFasterOneAnImprovement() {
        Comparison c = Comparison.compare(run(1, 150, 70), run(100, 160, 64));
        MetricComparison total = of(c, Metric.AVG_TOTAL_US);
        assertThat(total.meanDiff()).isPositive();
        assertThat(total.significant()).isTrue();
        assertThat(total.verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(total.effectSize()).isEqualTo(EffectSize.LARGE);
        assertThat(total.adjusted().ci95Lo()).isPositive().isLessThan(total.meanDiff());
        assertThat(total.adjusted().ci95Hi()).isGreaterThan(total.meanDiff());
        MetricComparison goertzel = of(c, Metric.AVG_GOERTZEL_US);
        assertThat(goertzel.meanDiff()).isNegative();
        assertThat(goertzel.verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(c.regressions()).isEqualTo(1);
        assertThat(c.improvements()).isEqualTo(1);
    }

    @Test
    void sameProcessGivesNoSignificantChange() {
        Comparison c = Comparison.compare(run(1, 150, 70), run(100, 150, 70));
        assertThat(c.metrics()).hasSize(5).allSatisfy(m -> {
            assertThat(m.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
            assertThat(m.significant()).isFalse();
        });
        assertThat(c.regressions()).isZero();
        assertThat(c.improvements()).isZero();
    }

    @Test
    void minimumEffectKeepsATinyButCertainChangeInsignificant() {
        Map<Metric, double[]> a = Map.of(Metric.AVG_TOTAL_US, normal(5, 20_000, 150, 0.5));
        Map<Metric, double[]> b = Map.of(Metric.AVG_TOTAL_US, normal(6, 20_000, 150.75, 0.5));
        CompareOptions only = CompareOptions.defaults().withMetrics(List.of(Metric.AVG_TOTAL_US));
        MetricComparison strict = Comparison.compare(a, b, only).metrics().get(0);
        assertThat(strict.adjusted().pHolm()).isLessThan(1e-50);
        assertThat(strict.relativeChange()).isBetween(0.004, 0.006);
        assertThat(strict.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
        MetricComparison loose = Comparison.compare(a, b, only.withMinEffect(0.004)).metrics().get(0);
        assertThat(loose.verdict()).isEqualTo(Verdict.REGRESSED);
    }

    @Test
    void alphaIsComparedWithTheHolmAdjustedP() {
        Map<Metric, double[]> a = run(11, 150, 70);
        Map<Metric, double[]> b = run(12, 151, 70);
        double pHolm = of(Comparison.compare(a, b), Metric.AVG_TOTAL_US).adjusted().pHolm();
        assertThat(pHolm).isBetween(1e-12, 0.4);
        CompareOptions above = CompareOptions.defaults().withAlpha(pHolm * 1.01).withMinEffect(0);
        CompareOptions below = CompareOptions.defaults().withAlpha(pHolm * 0.99).withMinEffect(0);
        assertThat(of(Comparison.compare(a, b, above), Metric.AVG_TOTAL_US).verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(of(Comparison.compare(a, b, below), Metric.AVG_TOTAL_US).verdict())
                .isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void holmAdjustsAcrossTheMetricsOfOneReport() {
        Map<Metric, double[]> a = run(21, 150, 70);
        Map<Metric, double[]> b = run(22, 150.6, 70.4);
        MetricComparison alone = Comparison.compare(a, b,
                CompareOptions.defaults().withMetrics(List.of(Metric.AVG_TOTAL_US))).metrics().get(0);
        assertThat(alone.adjusted().pHolm()).isEqualTo(alone.adjusted().p());
        Comparison all = Comparison.compare(a, b);
        double smallest = all.metrics().stream().mapToDouble(m -> m.adjusted().p()).min().orElseThrow();
        MetricComparison first = all.metrics().stream().filter(m -> m.adjusted().p() == smallest).findFirst().orElseThrow();
        assertThat(first.adjusted().pHolm()).isEqualTo(Math.min(1, 5 * smallest));
        assertThat(all.metrics()).allSatisfy(m -> assertThat(m.adjusted().pHolm()).isGreaterThanOrEqualTo(m.adjusted().p()));
    }

    @Test
    void autocorrelationWidensTheAdjustedTest() {
        Map<Metric, double[]> a = Map.of(Metric.AVG_TOTAL_US, ar1(31, 3000, 150, 4, 0.9));
        Map<Metric, double[]> b = Map.of(Metric.AVG_TOTAL_US, ar1(32, 3000, 151, 4, 0.9));
        MetricComparison m = Comparison.compare(a, b,
                CompareOptions.defaults().withMetrics(List.of(Metric.AVG_TOTAL_US))).metrics().get(0);
        assertThat(m.adjusted().nEffA()).isLessThan(600.0);
        assertThat(Math.abs(m.adjusted().t())).isLessThan(Math.abs(m.welch().t()));
        assertThat(m.adjusted().p()).isGreaterThan(m.welch().p());
    }

    @Test
    void directionDecidesWhetherADifferenceImprovesOrRegresses() {
        assertThat(Verdict.of(true, 2.0, Direction.LOWER_IS_BETTER)).isEqualTo(Verdict.REGRESSED);
        assertThat(Verdict.of(true, -2.0, Direction.LOWER_IS_BETTER)).isEqualTo(Verdict.IMPROVED);
        assertThat(Verdict.of(true, 2.0, Direction.HIGHER_IS_BETTER)).isEqualTo(Verdict.IMPROVED);
        assertThat(Verdict.of(true, -2.0, Direction.HIGHER_IS_BETTER)).isEqualTo(Verdict.REGRESSED);
        assertThat(Verdict.of(false, 2.0, Direction.LOWER_IS_BETTER)).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
        assertThat(Verdict.of(false, -2.0, Direction.HIGHER_IS_BETTER)).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void extendedMetricsJoinTheDefaultsOnlyWhenBothRunsHaveThem() {
        Map<Metric, double[]> a = run(41, 150, 70);
        Map<Metric, double[]> b = run(42, 150, 70);
        a.put(Metric.AVG_DC_AGC_US, normal(43, 50, 22, 1));
        assertThat(Comparison.compare(a, b).metrics()).extracting(MetricComparison::metric)
                .containsExactlyElementsOf(Metric.compact());
        b.put(Metric.AVG_DC_AGC_US, normal(44, 50, 22, 1));
        b.put(Metric.AVG_CHROMA_US, new double[0]);
        assertThat(Comparison.compare(a, b).metrics()).extracting(MetricComparison::metric)
                .containsExactly(Metric.AVG_TOTAL_US, Metric.AVG_GOERTZEL_US, Metric.CPU_LOAD_PERCENT,
                        Metric.PEAK_TOTAL_US, Metric.PEAK_GOERTZEL_US, Metric.AVG_DC_AGC_US);
    }

    @Test
    void metricWithoutValuesIsComparedAsNullsNotAnException() {
        Comparison c = Comparison.compare(run(51, 150, 70), Map.of(),
                CompareOptions.defaults().withMetrics(List.of(Metric.AVG_TOTAL_US, Metric.AVG_CHROMA_US)));
        for (MetricComparison m : c.metrics()) {
            assertThat(m.b().n()).isZero();
            assertThat(m.meanDiff()).isNull();
            assertThat(m.relativeChange()).isNull();
            assertThat(m.welch()).isEqualTo(new TTest(null, null, null));
            assertThat(m.mannWhitney()).isEqualTo(new MannWhitney(null, null));
            assertThat(m.cohensD()).isNull();
            assertThat(m.effectSize()).isNull();
            assertThat(m.adjusted().pHolm()).isNull();
            assertThat(m.adjusted().ci95Lo()).isNull();
            assertThat(m.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
        }
        assertThat(c.metrics().get(0).adjusted().nEffA()).isNotNull();
        assertThat(c.metrics().get(1).adjusted().nEffA()).isNull();
    }

    @Test
    void zeroMeanOfAMakesTheRelativeChangeNullAndTheChangeInsignificant() {
        Map<Metric, double[]> a = Map.of(Metric.CPU_LOAD_PERCENT, new double[] {-1, 1, -1, 1, -1, 1});
        Map<Metric, double[]> b = Map.of(Metric.CPU_LOAD_PERCENT, new double[] {5, 6, 5, 6, 5, 6});
        MetricComparison m = Comparison.compare(a, b,
                CompareOptions.defaults().withMetrics(List.of(Metric.CPU_LOAD_PERCENT))).metrics().get(0);
        assertThat(m.relativeChange()).isNull();
        assertThat(m.adjusted().pHolm()).isLessThan(0.05);
        assertThat(m.significant()).isFalse();
    }

    @Test
    void summariesGiveTheSameComparisonAsValues() {
        Map<Metric, double[]> a = run(61, 150, 70);
        Map<Metric, double[]> b = run(62, 152, 69);
        Map<Metric, Summary> sa = new EnumMap<>(Metric.class);
        Map<Metric, Summary> sb = new EnumMap<>(Metric.class);
        a.forEach((m, v) -> sa.put(m, Summary.of(v)));
        b.forEach((m, v) -> sb.put(m, Summary.of(v)));
        Comparison fromValues = Comparison.compare(a, b);
        Comparison fromSummaries = Comparison.ofSummaries(sa, sb, CompareOptions.defaults());
        assertThat(fromSummaries.metrics()).hasSameSizeAs(fromValues.metrics());
        for (int i = 0; i < fromValues.metrics().size(); i++) {
            MetricComparison x = fromValues.metrics().get(i);
            MetricComparison y = fromSummaries.metrics().get(i);
            assertThat(y.adjusted()).isEqualTo(x.adjusted());
            assertThat(y.mannWhitney()).isEqualTo(x.mannWhitney());
            assertThat(y.welch()).isEqualTo(x.welch());
            assertThat(y.verdict()).isEqualTo(x.verdict());
        }
    }

    @Test
    void badValuesAndOptionsAreRefusedWithTheRule() {
        Map<Metric, double[]> bad = Map.of(Metric.AVG_TOTAL_US, new double[] {1, Double.NaN});
        assertThatThrownBy(() -> Comparison.compare(bad, bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values must be finite, got NaN at index 1");
        assertThatThrownBy(() -> CompareOptions.defaults().withAlpha(1.0))
                .hasMessage("alpha must be between 0 and 1 (exclusive), got 1.0");
        assertThatThrownBy(() -> CompareOptions.defaults().withMinEffect(-0.1))
                .hasMessage("min effect must be a finite number >= 0, got -0.1");
        assertThatThrownBy(() -> CompareOptions.defaults().withMetrics(List.of(Metric.AVG_TOTAL_US, Metric.AVG_TOTAL_US)))
                .hasMessageStartingWith("each metric may be listed once");
    }

    @Test
    void effectSizeLabelsFollowCohensBands() {
        assertThat(EffectSize.of(0.19)).isEqualTo(EffectSize.NEGLIGIBLE);
        assertThat(EffectSize.of(-0.2)).isEqualTo(EffectSize.SMALL);
        assertThat(EffectSize.of(0.49)).isEqualTo(EffectSize.SMALL);
        assertThat(EffectSize.of(0.5)).isEqualTo(EffectSize.MEDIUM);
        assertThat(EffectSize.of(-0.79)).isEqualTo(EffectSize.MEDIUM);
        assertThat(EffectSize.of(0.8)).isEqualTo(EffectSize.LARGE);
    }
}
