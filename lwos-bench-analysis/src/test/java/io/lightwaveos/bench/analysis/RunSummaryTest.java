package io.lightwaveos.bench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.metric.Metric;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

    @Test
    void summarisesEachMetricWithValuesInRegistryOrder() {
        Map<Metric, double[]> values = new LinkedHashMap<>();
        values.put(Metric.CPU_LOAD_PERCENT, new double[] {0.5, 0.7});
        values.put(Metric.AVG_DC_AGC_US, new double[0]);
        values.put(Metric.AVG_TOTAL_US, new double[] {100, 200, 300});

        RunSummary s = RunSummary.of(values);

        assertThat(s.metrics().keySet()).containsExactly(Metric.AVG_TOTAL_US, Metric.CPU_LOAD_PERCENT);
        assertThat(s.metric(Metric.AVG_TOTAL_US)).hasValueSatisfying(t -> {
            assertThat(t.n()).isEqualTo(3);
            assertThat(t.mean()).isEqualTo(200.0);
        });
        assertThat(s.has(Metric.AVG_DC_AGC_US)).isFalse();
        assertThat(s.metric(Metric.AVG_DC_AGC_US)).isEmpty();
    }

    @Test
    void anEmptyRunHasNoSummaries() {
        assertThat(RunSummary.of(Map.of()).metrics()).isEmpty();
        assertThat(new RunSummary(Map.of()).metrics()).isEmpty();
    }

    @Test
    void isUnmodifiable() {
        RunSummary s = RunSummary.of(Map.of(Metric.AVG_TOTAL_US, new double[] {1}));
        assertThatThrownBy(() -> s.metrics().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
