package io.lightwaveos.bench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricOrMeasureTest {

    private static final List<Measure> KNOWN = List.of(
            Measure.of("native", "cpu_load_percent", "%", Direction.LOWER_IS_BETTER, 34.8),
            Measure.of("native", "latency_ms", "ms", Direction.LOWER_IS_BETTER, 8.4),
            Measure.of("harness", "latency_ms", "ms", Direction.LOWER_IS_BETTER, 8.1),
            Measure.of("jmh", "io.x.Bench.run", "ns/op", Direction.LOWER_IS_BETTER, 98, 99));

    @Test
    void aFrameMetricNoMeasureSharesIsTheMetric() {
        assertThat(MetricOrMeasure.resolve("avg_total_us", KNOWN)).isEqualTo(MetricOrMeasure.of(Metric.AVG_TOTAL_US));
        assertThat(MetricOrMeasure.resolve("frame:cpu_load_percent", KNOWN))
                .isEqualTo(MetricOrMeasure.of(Metric.CPU_LOAD_PERCENT));
    }

    @Test
    void aMeasureIsNamedWithItsSuiteOrByAnUnambiguousName() {
        assertThat(MetricOrMeasure.resolve("native:cpu_load_percent", KNOWN).measure())
                .isEqualTo(new MeasureRef("native", "cpu_load_percent"));
        assertThat(MetricOrMeasure.resolve("io.x.Bench.run", KNOWN).measure()).isEqualTo(new MeasureRef("jmh", "io.x.Bench.run"));
        assertThat(MetricOrMeasure.resolve("harness:latency_ms", KNOWN).id()).isEqualTo("harness:latency_ms");
    }

    @Test
    void anAmbiguousNameListsEveryChoice() {
        assertThatThrownBy(() -> MetricOrMeasure.resolve("cpu_load_percent", KNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"cpu_load_percent\" is ambiguous: it names a frame metric and a measure of suite native;"
                        + " name one of frame:cpu_load_percent (frame metric), native:cpu_load_percent");
        assertThatThrownBy(() -> MetricOrMeasure.resolve("latency_ms", KNOWN))
                .hasMessage("\"latency_ms\" is ambiguous: it names a measure of 2 suites; name one of harness:latency_ms,"
                        + " native:latency_ms");
    }

    @Test
    void anUnknownNameSuggestsTheClosestAndListsWhatThereIs() {
        assertThatThrownBy(() -> MetricOrMeasure.resolve("latncy_ms", List.of(KNOWN.get(1))))
                .hasMessageStartingWith("unknown metric \"latncy_ms\"; did you mean \"native:latency_ms\"? Known metrics: avg_total_us")
                .hasMessageEndingWith("; measures of these runs: native:latency_ms");
        assertThatThrownBy(() -> MetricOrMeasure.resolve("frame:latency_ms", KNOWN)).hasMessageStartingWith("unknown frame metric");
    }
}
