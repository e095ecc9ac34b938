package com.example.harness;

import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThat;
import static io.lightwaveos.bench.metric.Metric.AVG_TOTAL_US;

import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.junit.BenchCollector;
import io.lightwaveos.bench.junit.CollectedRun;
import io.lightwaveos.bench.junit.LwosBenchTest;
import io.lightwaveos.bench.junit.SimulatedDevice;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs against a simulator, or against the device LWOS_BENCH_DEVICE_URL names (ws://192.168.1.40/ws). */
@LwosBenchTest
@SimulatedDevice(meanTotalUs = 150, noise = 0.01)
class PipelineBenchTest {

    @Test
    void collectsFromTheDevice(BenchCollector collector) {
        CollectedRun run = collector.collect(500);
        assertThat(run.values(AVG_TOTAL_US)).hasSize(500);
        assertThat(run.summary()).metric(AVG_TOTAL_US).p95().isLessThan(180.0);
    }

    @Test
    void comparesTwoCollections(BenchCollector collector) {
        CollectedRun before = collector.collect(1000);
        CollectedRun after = collector.collect(1000);
        CompareOptions hopTime = CompareOptions.defaults().withMetrics(List.of(AVG_TOTAL_US));
        assertThat(before.compareWith(after, hopTime)).hasNoRegressions();
    }

    @Test
    void gatesAgainstTheBaseline(BenchCollector collector) throws Exception {
        Baseline baseline = Baseline.read(Path.of("src/test/resources/baseline.json"));
        assertThat(collector.collect(1000).gate(baseline)).passes();
    }
}
