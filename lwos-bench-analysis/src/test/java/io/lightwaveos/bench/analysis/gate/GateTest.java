package io.lightwaveos.bench.analysis.gate;

import static org.assertj.core.api.Assertions.assertThat;

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
        MetricGateResult cpu = row(r, "cpu_load_percent");
        assertThat(cpu.value()).isEqualTo(35.0);
        assertThat(cpu.status()).isEqualTo(GateStatus.PASS);
        assertThat(r.result()).isEqualTo(GateStatus.WARN);
        assertThat(r.failed(false)).isFalse();
        assertThat(r.failed(true)).isTrue();
        assertThat(r.metrics()).extracting(MetricGateResult::metric).containsExactly("avg_total_us", "cpu_load_percent");
    }

    @Test
    void beyondTheFailureLimitFailsTheRun() {
        Baseline b = BaselineTest.parse(SpecExamples.BASELINE);
        GateResult r = Gate.evaluate(b, run(ramp(150), new double[] {40, 39}));
        assertThat(row(r, "cpu_load_percent").status()).isEqualTo(GateStatus.FAIL);
        assertThat(r.result()).isEqualTo(GateStatus.FAIL);
        assertThat(r.failed(false)).isTrue();
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
