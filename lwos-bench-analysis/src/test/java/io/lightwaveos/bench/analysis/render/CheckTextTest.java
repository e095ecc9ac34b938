package io.lightwaveos.bench.analysis.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.analysis.gate.Gate;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.metric.Metric;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckTextTest {

    @Test
    void eachMetricShowsItsIntervalAndWarningsAndFailuresSayWhy() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("avg_total_us", 140.0);
        values.put("avg_goertzel_us", 68.0);
        values.put("cpu_load_percent", 0.7);
        values.put("latency_ms", 5.0);
        Baseline baseline = new Baseline(values, Map.of(), Map.of());
        Map<Metric, Summary> run = Map.of(
                Metric.AVG_TOTAL_US, Summary.of(CompareTextTest.alternating(150, 3, 400)),
                Metric.AVG_GOERTZEL_US, Summary.of(new double[] {70, 78, 72, 80}),
                Metric.CPU_LOAD_PERCENT, Summary.of(CompareTextTest.alternating(0.8, 0.01, 400)));
        GateResult result = Gate.evaluate(baseline, run);
        String text = CheckText.render(CompareTextTest.A, "baseline.json", result, true);
        assertThat(text).isEqualTo("""
                check 00000000 "before" against baseline.json: FAIL

                metric            unit  stat  baseline   value           95 % CI             change  warn limit  fail limit  status
                avg_total_us      µs    mean    140.00  150.00  [149.61, 150.39]    +10.00 (+7.1 %)      147.00      154.00  warn
                avg_goertzel_us   µs    mean     68.00   75.00    [67.42, 82.58]    +7.00 (+10.3 %)       71.40       74.80  warn (possible failure)
                cpu_load_percent  %     mean    0.7000  0.8000  [0.7987, 0.8013]  +0.1000 (+14.3 %)      0.7350      0.7700  fail
                latency_ms              mean      5.00       -                 -                  -           -           -  skipped

                avg_total_us mean 150.00 µs (95 % CI [149.61, 150.39]) is beyond the warning limit 147.00
                avg_goertzel_us mean 75.00 µs is beyond the failure limit 74.80, but its 95 % CI [67.42, 82.58] reaches \
                back inside: possible failure; about 5 samples would narrow its 95 % CI to the failure allowance
                cpu_load_percent mean 0.8000 % (95 % CI [0.7987, 0.8013]) is beyond the failure limit 0.7700, all of its interval
                """);
    }
}
