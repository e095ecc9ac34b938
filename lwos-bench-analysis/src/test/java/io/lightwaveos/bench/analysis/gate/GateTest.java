package io.lightwaveos.bench.analysis.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.Intervals;
import io.lightwaveos.bench.analysis.NothingToCompareException;
import io.lightwaveos.bench.analysis.Statistic;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.testing.SpecExamples;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateTest {

    private static Map<Metric, Summary> run(double[] total, double[] cpu) {
        Map<Metric, Summary> m = new EnumMap<>(Metric.class);
        m.put(Metric.AVG_TOTAL_US, Summary.of(total));
        m.put(Metric.CPU_LOAD_PERCENT, Summary.of(cpu));
        return m;
    }

    /** 21 values 150 … 170: p95 is 169. */
    private static double[] ramp(double from) {
        double[] x = new double[21];
        for (int i = 0; i < x.length; i++) {
            x[i] = from + i;
        }
        return x;
    }

    private static MetricGateResult row(GateResult r, String metric) {
        return r.metrics().stream().filter(m -> m.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void specExampleWarnsOnP95AndPassesOnMean() {
        Baseline b = BaselineTest.parse(SpecExamples.BASELINE);
        GateResult r = Gate.evaluate(b, run(ramp(150), new double[] {34, 36}));
        MetricGateResult total = row(r, "avg_total_us");
        assertThat(total.stat()).isEqualTo("p95");
        assertThat(total.baseline()).isEqualTo(160.0);
        assertThat(total.value()).isEqualTo(169.0);
        assertThat(total.change()).isEqualTo(9.0);
        assertThat(total.warningLimit()).isEqualTo(168.0);
        assertThat(total.failureLimit()).isEqualTo(176.0);
        assertThat(total.status()).isEqualTo(GateStatus.WARN);
        assertThat(total.reason()).isEqualTo(GateReason.BEYOND_WARNING);
        // A ramp is as autocorrelated as a series gets: n_eff 2, so p95's interval spans ranks 13 … 21.
        assertThat(total.nEff()).isEqualTo(2.0);
        assertThat(total.ci95()).isEqualTo(new Interval(162, 170));
        assertThat(total.samplesNeeded()).isEqualTo((long) Math.ceil(21 * Math.pow(4 / 16.0, 2)));
        MetricGateResult cpu = row(r, "cpu_load_percent");
        assertThat(cpu.value()).isEqualTo(35.0);
        assertThat(cpu.status()).isEqualTo(GateStatus.PASS);
        assertThat(r.result()).isEqualTo(GateStatus.WARN);
        assertThat(r.failed(false)).isFalse();
        assertThat(r.failed(true)).isTrue();
        assertThat(r.metrics()).extracting(MetricGateResult::metric).containsExactly("avg_total_us", "cpu_load_percent");
    }

    /** {@code n} values alternating {@code mean ± 0.5}: independent-looking (r1 &lt; 0, n_eff = n), sd about 0.5. */
    private static double[] alternating(double mean, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = mean + (i % 2 == 0 ? 0.5 : -0.5);
        }
        return x;
    }

    @Test
    void beyondTheFailureLimitWithTheWholeIntervalFailsTheRun() {
        Baseline b = BaselineTest.parse(SpecExamples.BASELINE);
        GateResult r = Gate.evaluate(b, run(ramp(150), alternating(39.5, 40)));
        MetricGateResult cpu = row(r, "cpu_load_percent");
        assertThat(cpu.ci95().lo()).isGreaterThan(cpu.failureLimit());
        assertThat(cpu.status()).isEqualTo(GateStatus.FAIL);
        assertThat(cpu.reason()).isNull();
        assertThat(cpu.samplesNeeded()).isNull();
        assertThat(r.result()).isEqualTo(GateStatus.FAIL);
        assertThat(r.failed(false)).isTrue();
    }

    @Test
    void beyondTheFailureLimitOnTwoValuesIsOnlyAPossibleFailure() {
        Baseline b = BaselineTest.parse(SpecExamples.BASELINE);
        GateResult r = Gate.evaluate(b, run(ramp(150), new double[] {40, 39}));
        MetricGateResult cpu = row(r, "cpu_load_percent");
        assertThat(cpu.value()).isGreaterThan(cpu.failureLimit());
        assertThat(cpu.ci95()).isEqualTo(Intervals.mean(Summary.of(new double[] {40, 39})));
        assertThat(cpu.ci95().lo()).isLessThan(cpu.failureLimit());
        assertThat(cpu.status()).isEqualTo(GateStatus.WARN);
        assertThat(cpu.reason()).isEqualTo(GateReason.POSSIBLE_FAILURE);
        double allowance = 38.5 - 35;
        assertThat(cpu.samplesNeeded()).isEqualTo((long) Math.ceil(2 * Math.pow(cpu.ci95().halfWidth() / allowance, 2)));
        assertThat(r.result()).isEqualTo(GateStatus.WARN);
    }

    @Test
    void theFailureNeedsTheIntervalStrictlyBeyondTheLimit() {
        // 1, 100, 2, 99, …: n_eff = n = 100, median 50.5, its interval [x(40), x(60)] = [40, 60].
        double[] x = new double[100];
        for (int i = 0; i < 50; i++) {
            x[2 * i] = 1 + i;
            x[2 * i + 1] = 100 - i;
        }
        Map<Metric, Summary> r = Map.of(Metric.AVG_TOTAL_US, Summary.of(x));
        assertThat(Intervals.percentile(r.get(Metric.AVG_TOTAL_US), 50)).isEqualTo(new Interval(40, 60));
        MetricGateResult onEdge = Gate.evaluate(medianBaseline(36, 4), r).metrics().get(0);
        assertThat(onEdge.failureLimit()).isEqualTo(40.0);
        assertThat(onEdge.status()).isEqualTo(GateStatus.WARN);
        assertThat(onEdge.reason()).isEqualTo(GateReason.POSSIBLE_FAILURE);
        assertThat(onEdge.samplesNeeded()).isEqualTo((long) Math.ceil(100 * Math.pow(10 / 4.0, 2)));
        MetricGateResult beyond = Gate.evaluate(medianBaseline(36, 3.5), r).metrics().get(0);
        assertThat(beyond.status()).isEqualTo(GateStatus.FAIL);
    }

    /** avg_total_us gated on its median: baseline {@code base}, warning +1, failure {@code +failure} (absolute). */
    private static Baseline medianBaseline(double base, double failure) {
        return new Baseline(Map.of("avg_total_us", base), Map.of("avg_total_us", new Threshold(Statistic.parse("p50"),
                new Allowance(1, false), new Allowance(failure, false), null)), Map.of());
    }

    @Test
    void higherIsBetterMirrorsTheIntervalRule() {
        Baseline b = BaselineTest.parse("{\"cpu_load_percent\": 40, \"_thresholds\": {\"cpu_load_percent\": "
                + "{\"direction\": \"higher_is_better\"}}}");
        MetricGateResult possible = row(Gate.evaluate(b, run(ramp(1), new double[] {35, 36.5})), "cpu_load_percent");
        assertThat(possible.value()).isLessThan(possible.failureLimit());
        assertThat(possible.ci95().hi()).isGreaterThan(possible.failureLimit());
        assertThat(possible.reason()).isEqualTo(GateReason.POSSIBLE_FAILURE);
        MetricGateResult fail = row(Gate.evaluate(b, run(ramp(1), alternating(34, 40))), "cpu_load_percent");
        assertThat(fail.ci95().hi()).isLessThan(fail.failureLimit());
        assertThat(fail.status()).isEqualTo(GateStatus.FAIL);
        MetricGateResult warn = row(Gate.evaluate(b, run(ramp(1), alternating(37, 40))), "cpu_load_percent");
        assertThat(warn.status()).isEqualTo(GateStatus.WARN);
        assertThat(warn.reason()).isEqualTo(GateReason.BEYOND_WARNING);
    }

    @Test
    void everyKeySkippedIsAnErrorNotAPass() {
        Baseline b = BaselineTest.parse("{\"frames_per_second\": 10, \"avg_chroma_us\": 30}");
        assertThatThrownBy(() -> Gate.evaluate(b, run(ramp(150), new double[] {1})))
                .isInstanceOf(NothingToCompareException.class)
                .hasMessage("nothing to compare: every baseline key was skipped: frames_per_second (no metric of this"
                        + " name), avg_chroma_us (the run has no mean)");
        assertThatThrownBy(() -> Gate.evaluate(BaselineTest.parse("{\"avg_total_us\": 1}"), Map.of()))
                .isInstanceOf(NothingToCompareException.class);
    }

    @Test
    void absoluteAllowancesAreInTheMetricsUnit() {
        Baseline b = BaselineTest.parse("""
                {"avg_total_us": 150, "_thresholds": {"avg_total_us": {"stat": "max", "warning": "+12.5", "failure": "+20"}}}
                """);
        assertThat(row(Gate.evaluate(b, run(ramp(140), new double[] {1})), "avg_total_us").status())
                .isEqualTo(GateStatus.PASS); // max 160 <= 162.5
        assertThat(row(Gate.evaluate(b, run(ramp(145), new double[] {1})), "avg_total_us").status())
                .isEqualTo(GateStatus.WARN); // max 165
        GateResult fail = Gate.evaluate(b, run(ramp(151), new double[] {1}));
        assertThat(row(fail, "avg_total_us").failureLimit()).isEqualTo(170.0);
        assertThat(row(fail, "avg_total_us").status()).isEqualTo(GateStatus.FAIL); // max 171
    }

    @Test
    void valueExactlyAtALimitPasses() {
        Baseline b = BaselineTest.parse("{\"cpu_load_percent\": 40}");
        GateResult r = Gate.evaluate(b, run(ramp(150), new double[] {42, 42}));
        assertThat(row(r, "cpu_load_percent").warningLimit()).isEqualTo(42.0);
        assertThat(row(r, "cpu_load_percent").status()).isEqualTo(GateStatus.PASS);
    }

    @Test
    void higherIsBetterDirectionFlipsTheLimits() {
        Baseline b = BaselineTest.parse("""
                {"cpu_load_percent": 40, "_thresholds": {"cpu_load_percent": {"direction": "higher_is_better"}}}
                """);
        MetricGateResult low = row(Gate.evaluate(b, run(ramp(1), new double[] {35, 35})), "cpu_load_percent");
        assertThat(low.warningLimit()).isEqualTo(38.0);
        assertThat(low.failureLimit()).isEqualTo(36.0);
        assertThat(low.status()).isEqualTo(GateStatus.FAIL);
        MetricGateResult high = row(Gate.evaluate(b, run(ramp(1), new double[] {60, 60})), "cpu_load_percent");
        assertThat(high.status()).isEqualTo(GateStatus.PASS);
    }

    @Test
    void unknownKeysAndMetricsWithoutValuesAreSkipped() {
        Baseline b = BaselineTest.parse("{\"frames_per_second\": 10, \"avg_chroma_us\": 30, \"avg_total_us\": 200}");
        GateResult r = Gate.evaluate(b, run(ramp(150), new double[] {1}));
        MetricGateResult unknown = row(r, "frames_per_second");
        assertThat(unknown.status()).isEqualTo(GateStatus.SKIPPED);
        assertThat(unknown.value()).isNull();
        assertThat(unknown.warningLimit()).isNull();
        MetricGateResult chroma = row(r, "avg_chroma_us");
        assertThat(chroma.status()).isEqualTo(GateStatus.SKIPPED);
        assertThat(chroma.warningLimit()).isEqualTo(31.5);
        assertThat(row(r, "avg_total_us").status()).isEqualTo(GateStatus.PASS);
        assertThat(r.result()).isEqualTo(GateStatus.PASS);
        assertThat(r.metrics()).extracting(MetricGateResult::status)
                .containsExactly(GateStatus.SKIPPED, GateStatus.SKIPPED, GateStatus.PASS);
    }

    @Test
    void aRunGatedAgainstItsOwnBaselinePasses() {
        Map<Metric, Summary> r = run(ramp(150), new double[] {30, 31, 32});
        GateResult result = Gate.evaluate(Baseline.fromRun(r), r);
        assertThat(result.result()).isEqualTo(GateStatus.PASS);
        assertThat(result.metrics()).extracting(MetricGateResult::change).containsOnly(0.0);
        assertThat(result.metrics()).hasSize(2);
        assertThat(result.metrics()).allSatisfy(m -> assertThat(m.status()).isEqualTo(GateStatus.PASS));
    }
}
