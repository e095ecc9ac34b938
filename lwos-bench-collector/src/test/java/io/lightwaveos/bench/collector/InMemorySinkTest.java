package io.lightwaveos.bench.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Sample;
import org.junit.jupiter.api.Test;

class InMemorySinkTest {

    @Test
    void valuesHoldEveryMetricTheSamplesCarryInRegistryOrder() {
        InMemorySink sink = new InMemorySink();
        assertThat(sink.values()).isEmpty();
        for (int i = 0; i < 3; i++) {
            sink.sample(new Sample(i, 1_000L * i, BenchmarkFrame.compact(100L * i, 150 + i, 75 - i, 0.75f, 200 + i,
                    100, i, 64, Flags.of(Flags.STREAMING_ACTIVE), 0)));
        }

        assertThat(sink.values().keySet()).containsExactly(Metric.AVG_TOTAL_US, Metric.AVG_GOERTZEL_US,
                Metric.CPU_LOAD_PERCENT, Metric.PEAK_TOTAL_US, Metric.PEAK_GOERTZEL_US);
        assertThat(sink.values().get(Metric.AVG_TOTAL_US)).containsExactly(150, 151, 152);
        assertThat(sink.values().get(Metric.PEAK_TOTAL_US)).containsExactly(sink.series(Metric.PEAK_TOTAL_US));
        assertThat(sink.series(Metric.AVG_DC_AGC_US)).isEmpty();
    }
}
