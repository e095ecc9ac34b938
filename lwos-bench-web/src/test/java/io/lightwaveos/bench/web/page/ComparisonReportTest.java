package io.lightwaveos.bench.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTML report's measures card: one row per measure, every text escaped, nothing without measures. */
class ComparisonReportTest {

    private static double[] repeats(double mean) {
        double[] v = new double[10];
        for (int i = 0; i < v.length; i++) {
            v[i] = mean * (1 + 0.01 * Math.sin(i * 2.1));
        }
        return v;
    }

    private static MeasureSet measures(boolean b) {
        return MeasureSet.of(List.of(
                Measure.of("jmh", "Decode<script>", "ns/op", Direction.LOWER_IS_BETTER, repeats(b ? 110 : 100)),
                Measure.of("native", "latency_ms", "ms", Direction.LOWER_IS_BETTER, b ? 9.24 : 8.4),
                Measure.of("native", "cpu_load_percent", "%", Direction.LOWER_IS_BETTER, 34.8)));
    }

    @Test
    void theMeasuresCardListsNameSuiteUnitValuesChangeAndVerdict() {
        Comparison c = Comparison.compare(Map.of(Metric.AVG_TOTAL_US, repeats(150)),
                Map.of(Metric.AVG_TOTAL_US, repeats(150)), measures(false), measures(true), CompareOptions.defaults());
        String html = ComparisonReport.measures(c);
        assertThat(html).contains("<h2>Measures</h2>").contains("3 measures")
                .contains("<th>measure</th><th>suite</th><th>unit</th>")
                .contains("<tr data-measure=\"native:latency_ms\" data-verdict=\"inconclusive\"><td>latency_ms</td>"
                        + "<td>native</td><td>ms</td><td class=\"num\">8.40</td><td class=\"num\">9.24</td>"
                        + "<td class=\"num\">+10.0 %</td><td>inconclusive (single value: relative change only)</td></tr>")
                .contains("<td>native:cpu_load_percent</td>")
                .contains("<td>Decode&lt;script&gt;</td><td>jmh</td>").contains("data-verdict=\"regressed\"")
                .doesNotContain("<script>");
    }

    @Test
    void withoutMeasuresThereIsNoCard() {
        Comparison c = Comparison.compare(Map.of(Metric.AVG_TOTAL_US, repeats(150)),
                Map.of(Metric.AVG_TOTAL_US, repeats(151)), CompareOptions.defaults());
        assertThat(ComparisonReport.measures(c)).isEmpty();
    }
}
