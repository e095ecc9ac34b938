package io.lightwaveos.bench.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.NothingToCompareException;
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
        assertThat(total.adjusted().ci95().lo()).isPositive().isLessThan(total.meanDiff());
        assertThat(total.adjusted().ci95().hi()).isGreaterThan(total.meanDiff());
        assertThat(total.adjusted().ci90().lo()).isGreaterThan(total.adjusted().ci95().lo());
        assertThat(total.ci95Relative().lo()).isEqualTo(total.adjusted().ci95().lo() / 150, within(0.001));
        assertThat(total.samplesNeeded()).isNull();
        MetricComparison goertzel = of(c, Metric.AVG_GOERTZEL_US);
        assertThat(goertzel.meanDiff()).isNegative();
        assertThat(goertzel.verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(c.regressions()).isEqualTo(1);
        assertThat(c.improvements()).isEqualTo(1);
    }

    @Test
    void sameProcessWithManyIndependentSamplesIsEquivalent() {
        Comparison c = Comparison.compare(run(1, 150, 70), run(100, 150, 70));
        assertThat(c.metrics()).hasSize(5).allSatisfy(m -> {
            assertThat(m.verdict()).isEqualTo(Verdict.EQUIVALENT);
            assertThat(m.significant()).isFalse();
            assertThat(m.ci90Relative().lo()).isGreaterThan(-0.01);
            assertThat(m.ci90Relative().hi()).isLessThan(0.01);
            assertThat(m.samplesNeeded()).isNull();
        });
        assertThat(c.regressions()).isZero();
        assertThat(c.improvements()).isZero();
        assertThat(c.equivalents()).as("cpu_load_percent is derived: not counted").isEqualTo(4);
        assertThat(c.inconclusives()).isZero();
    }

    @Test
    void sameProcessWithFewAutocorrelatedSamplesIsInconclusiveAndSaysHowManyWouldDo() {
        Map<Metric, double[]> a = Map.of(Metric.AVG_TOTAL_US, ar1(71, 120, 150, 6, 0.9));
        Map<Metric, double[]> b = Map.of(Metric.AVG_TOTAL_US, ar1(72, 120, 150, 6, 0.9));
        MetricComparison m = Comparison.compare(a, b, only(Metric.AVG_TOTAL_US)).metrics().get(0);
        assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        double half = m.ci95Relative().halfWidth();
        assertThat(half).isGreaterThan(0.01);
        SamplesNeeded needed = m.samplesNeeded();
        assertThat(needed.a()).isEqualTo((long) Math.ceil(m.a().nEff() * (half / 0.01) * (half / 0.01)));
        assertThat(needed.b()).isEqualTo((long) Math.ceil(m.b().nEff() * (half / 0.01) * (half / 0.01)));
        assertThat(needed.a()).isGreaterThan(m.a().nEff().longValue());
    }

    @Test
    void significanceStartsExactlyAtTheMinimumEffect() {
        Map<Metric, double[]> a = Map.of(Metric.AVG_TOTAL_US, normal(81, 2000, 150, 2));
        Map<Metric, double[]> b = Map.of(Metric.AVG_TOTAL_US, normal(82, 2000, 154, 2));
        MetricComparison probe = Comparison.compare(a, b, only(Metric.AVG_TOTAL_US)).metrics().get(0);
        double rel = probe.relativeChange();
        assertThat(probe.adjusted().pHolm()).isLessThan(1e-10);
        MetricComparison at = Comparison.compare(a, b, only(Metric.AVG_TOTAL_US).withMinEffect(rel)).metrics().get(0);
        assertThat(at.verdict()).isEqualTo(Verdict.REGRESSED);
        MetricComparison above = Comparison.compare(a, b,
                only(Metric.AVG_TOTAL_US).withMinEffect(Math.nextUp(rel))).metrics().get(0);
        assertThat(above.significant()).isFalse();
        assertThat(above.verdict()).as("the change is about min-effect: neither shown nor excluded")
                .isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void equivalenceNeedsTheNinetyPercentIntervalStrictlyInsideTheMinimumEffect() {
        Map<Metric, double[]> a = Map.of(Metric.AVG_TOTAL_US, ar1(91, 600, 150, 3, 0.5));
        Map<Metric, double[]> b = Map.of(Metric.AVG_TOTAL_US, ar1(92, 600, 150.2, 3, 0.5));
        Interval ci90 = Comparison.compare(a, b, only(Metric.AVG_TOTAL_US)).metrics().get(0).ci90Relative();
        double edge = Math.max(Math.abs(ci90.lo()), Math.abs(ci90.hi()));
        MetricComparison onEdge = Comparison.compare(a, b, only(Metric.AVG_TOTAL_US).withMinEffect(edge)).metrics().get(0);
        assertThat(onEdge.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(onEdge.samplesNeeded()).isNotNull();
        MetricComparison inside = Comparison.compare(a, b,
                only(Metric.AVG_TOTAL_US).withMinEffect(Math.nextUp(edge))).metrics().get(0);
        assertThat(inside.verdict()).isEqualTo(Verdict.EQUIVALENT);
        assertThat(inside.samplesNeeded()).isNull();
        MetricComparison noEffect = Comparison.compare(a, b, only(Metric.AVG_TOTAL_US).withMinEffect(0)).metrics().get(0);
        assertThat(noEffect.verdict()).as("min-effect 0: nothing can be shown equivalent").isIn(Verdict.INCONCLUSIVE,
                Verdict.REGRESSED, Verdict.IMPROVED);
        assertThat(noEffect.samplesNeeded()).isNull();
    }

    private static CompareOptions only(Metric metric) {
        return CompareOptions.defaults().withMetrics(List.of(metric));
    }

    @Test
    void minimumEffectKeepsATinyButCertainChangeInsignificant() {
        Map<Metric, double[]> a = Map.of(Metric.AVG_TOTAL_US, normal(5, 20_000, 150, 0.5));
        Map<Metric, double[]> b = Map.of(Metric.AVG_TOTAL_US, normal(6, 20_000, 150.75, 0.5));
        CompareOptions only = CompareOptions.defaults().withMetrics(List.of(Metric.AVG_TOTAL_US));
        MetricComparison strict = Comparison.compare(a, b, only).metrics().get(0);
        assertThat(strict.adjusted().pHolm()).isLessThan(1e-50);
        assertThat(strict.relativeChange()).isBetween(0.004, 0.006);
        assertThat(strict.verdict()).as("certainly smaller than 1%").isEqualTo(Verdict.EQUIVALENT);
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
                .isEqualTo(Verdict.INCONCLUSIVE);
        CompareOptions exactly = CompareOptions.defaults().withAlpha(pHolm).withMinEffect(0);
        CompareOptions justAbove = CompareOptions.defaults().withAlpha(Math.nextUp(pHolm)).withMinEffect(0);
        assertThat(of(Comparison.compare(a, b, exactly), Metric.AVG_TOTAL_US).significant()).as("p < alpha, strictly").isFalse();
        assertThat(of(Comparison.compare(a, b, justAbove), Metric.AVG_TOTAL_US).verdict()).isEqualTo(Verdict.REGRESSED);
    }

    @Test
    void holmAdjustsAcrossTheMetricsOfOneReport() {
        Map<Metric, double[]> a = run(21, 150, 70);
        Map<Metric, double[]> b = run(22, 150.6, 70.4);
        MetricComparison alone = Comparison.compare(a, b,
                CompareOptions.defaults().withMetrics(List.of(Metric.AVG_TOTAL_US))).metrics().get(0);
        assertThat(alone.adjusted().pHolm()).isEqualTo(alone.adjusted().p());
        Comparison all = Comparison.compare(a, b);
        List<MetricComparison> family = all.metrics().stream().filter(m -> !m.derived()).toList();
        assertThat(family).hasSize(4);
        double smallest = family.stream().mapToDouble(m -> m.adjusted().p()).min().orElseThrow();
        MetricComparison first = family.stream().filter(m -> m.adjusted().p() == smallest).findFirst().orElseThrow();
        assertThat(first.adjusted().pHolm()).as("cpu_load_percent is derived: a family of 4").isEqualTo(Math.min(1, 4 * smallest));
        assertThat(family).allSatisfy(m -> assertThat(m.adjusted().pHolm()).isGreaterThanOrEqualTo(m.adjusted().p()));
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
        Interval wide = new Interval(0.005, 0.03);
        assertThat(Verdict.of(true, 2.0, Direction.LOWER_IS_BETTER, wide, 0.01)).isEqualTo(Verdict.REGRESSED);
        assertThat(Verdict.of(true, -2.0, Direction.LOWER_IS_BETTER, wide, 0.01)).isEqualTo(Verdict.IMPROVED);
        assertThat(Verdict.of(true, 2.0, Direction.HIGHER_IS_BETTER, wide, 0.01)).isEqualTo(Verdict.IMPROVED);
        assertThat(Verdict.of(true, -2.0, Direction.HIGHER_IS_BETTER, wide, 0.01)).isEqualTo(Verdict.REGRESSED);
        assertThat(Verdict.of(false, 2.0, Direction.LOWER_IS_BETTER, wide, 0.01)).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(Verdict.of(false, 0.1, Direction.HIGHER_IS_BETTER, new Interval(-0.009, 0.0099), 0.01))
                .isEqualTo(Verdict.EQUIVALENT);
        assertThat(Verdict.of(false, 0.1, Direction.HIGHER_IS_BETTER, new Interval(-0.01, 0.0099), 0.01))
                .isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(Verdict.of(false, 0.1, Direction.LOWER_IS_BETTER, null, 0.01)).isEqualTo(Verdict.INCONCLUSIVE);
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
        Map<Metric, double[]> a = run(51, 150, 70);
        a.put(Metric.AVG_CHROMA_US, normal(52, 40, 30, 1));
        Comparison c = Comparison.compare(a, Map.of(Metric.AVG_TOTAL_US, normal(53, 400, 150, 3),
                        Metric.AVG_GOERTZEL_US, new double[0]),
                CompareOptions.defaults().withMetrics(List.of(Metric.AVG_TOTAL_US, Metric.AVG_CHROMA_US,
                        Metric.AVG_GOERTZEL_US)));
        assertThat(c.metrics().get(0).verdict()).isEqualTo(Verdict.EQUIVALENT);
        for (MetricComparison m : c.metrics().subList(1, 3)) {
            assertThat(m.b().n()).isZero();
            assertThat(m.meanDiff()).isNull();
            assertThat(m.relativeChange()).isNull();
            assertThat(m.welch()).isEqualTo(new TTest(null, null, null));
            assertThat(m.mannWhitney()).isEqualTo(new MannWhitney(null, null));
            assertThat(m.cohensD()).isNull();
            assertThat(m.effectSize()).isNull();
            assertThat(m.adjusted().pHolm()).isNull();
            assertThat(m.adjusted().ci95()).isNull();
            assertThat(m.ci90Relative()).isNull();
            assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(m.samplesNeeded()).isNull();
            assertThat(m.adjusted().nEffA()).isNotNull();
            assertThat(m.adjusted().nEffB()).isNull();
        }
        assertThat(c.inconclusives()).isEqualTo(2);
    }

    @Test
    void nothingInCommonIsAnErrorNamingWhatEachRunHas() {
        assertThatThrownBy(() -> Comparison.compare(run(55, 150, 70), Map.of()))
                .isInstanceOf(NothingToCompareException.class)
                .hasMessage("nothing to compare: no metric of avg_total_us, avg_goertzel_us, cpu_load_percent,"
                        + " peak_total_us, peak_goertzel_us has values in both runs (A has avg_total_us, avg_goertzel_us,"
                        + " cpu_load_percent, peak_total_us, peak_goertzel_us, B has none)")
                .extracting(e -> ((NothingToCompareException) e).reason())
                .isEqualTo(NothingToCompareException.Reason.NO_COMMON_METRIC);
        Map<Metric, double[]> onlyChroma = Map.of(Metric.AVG_CHROMA_US, normal(56, 40, 30, 1));
        assertThatThrownBy(() -> Comparison.compare(run(57, 150, 70), onlyChroma, only(Metric.AVG_CHROMA_US)))
                .isInstanceOf(NothingToCompareException.class)
                .hasMessageEndingWith("(A has none, B has avg_chroma_us)");
        Map<Metric, Summary> empty = Map.of(Metric.AVG_TOTAL_US, Summary.of(new double[0]));
        assertThatThrownBy(() -> Comparison.ofSummaries(empty, empty, CompareOptions.defaults()))
                .isInstanceOf(NothingToCompareException.class);
    }

    @Test
    void derivedCpuLoadGetsItsSourcesVerdictButStaysOutOfHolmAndTheCounts() {
        double[] totalA = ar1(101, 500, 150, 4, 0.5);
        double[] totalB = ar1(102, 500, 156, 4, 0.5);
        Map<Metric, double[]> a = new EnumMap<>(Metric.class);
        Map<Metric, double[]> b = new EnumMap<>(Metric.class);
        a.put(Metric.AVG_TOTAL_US, totalA);
        b.put(Metric.AVG_TOTAL_US, totalB);
        a.put(Metric.AVG_GOERTZEL_US, normal(103, 500, 70, 2));
        b.put(Metric.AVG_GOERTZEL_US, normal(104, 500, 70, 2));
        a.put(Metric.CPU_LOAD_PERCENT, java.util.Arrays.stream(totalA).map(x -> x / 200).toArray());
        b.put(Metric.CPU_LOAD_PERCENT, java.util.Arrays.stream(totalB).map(x -> x / 200).toArray());
        Comparison c = Comparison.compare(a, b, CompareOptions.defaults().withMetrics(
                List.of(Metric.AVG_TOTAL_US, Metric.AVG_GOERTZEL_US, Metric.CPU_LOAD_PERCENT)));
        MetricComparison total = of(c, Metric.AVG_TOTAL_US);
        MetricComparison cpu = of(c, Metric.CPU_LOAD_PERCENT);
        MetricComparison goertzel = of(c, Metric.AVG_GOERTZEL_US);
        assertThat(total.verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(cpu.verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(cpu.derived()).isTrue();
        assertThat(cpu.adjusted().pHolm()).isEqualTo(total.adjusted().pHolm());
        assertThat(c.regressions()).as("one slowdown, counted once").isEqualTo(1);
        assertThat(c.regressed()).extracting(MetricComparison::metric).containsExactly(Metric.AVG_TOTAL_US);
        double smaller = Math.min(total.adjusted().p(), goertzel.adjusted().p());
        double larger = Math.max(total.adjusted().p(), goertzel.adjusted().p());
        assertThat(Math.max(total.adjusted().pHolm(), goertzel.adjusted().pHolm()))
                .as("a family of two").isEqualTo(Math.max(Math.min(1, 2 * smaller), larger));
        MetricComparison alone = Comparison.compare(a, b, only(Metric.CPU_LOAD_PERCENT)).metrics().get(0);
        assertThat(alone.adjusted().pHolm()).isEqualTo(alone.adjusted().p());
        assertThat(alone.verdict()).isEqualTo(Verdict.REGRESSED);
        Comparison cpuOnly = Comparison.compare(a, b, only(Metric.CPU_LOAD_PERCENT));
        assertThat(cpuOnly.regressed()).as("without its source, a derived metric stands for it").hasSize(1);
        assertThat(cpuOnly.regressions()).isZero();
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
        assertThat(m.ci95Relative()).isNull();
        assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
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
