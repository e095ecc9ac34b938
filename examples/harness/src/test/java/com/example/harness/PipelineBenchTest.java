package com.example.harness;

import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThat;
import static io.lightwaveos.bench.metric.Metric.AVG_TOTAL_US;

import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.junit.Baselines;
import io.lightwaveos.bench.junit.BenchCollector;
import io.lightwaveos.bench.junit.CollectedRun;
import io.lightwaveos.bench.junit.LwosBenchTest;
import io.lightwaveos.bench.junit.SimulatedDevice;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs against a simulator, or against the device LWOS_BENCH_DEVICE_URL names (ws://192.168.1.40/ws). */
@LwosBenchTest
@SimulatedDevice(meanTotalUs = 150, noise = 0.002)
class PipelineBenchTest {

    private static final CompareOptions HOP_TIME = CompareOptions.defaults().withMetrics(List.of(AVG_TOTAL_US));

    @Test
    void staysWithinItsBudget(BenchCollector collector) {
        CollectedRun run = collector.collect(500);
        assertThat(run.values(AVG_TOTAL_US)).hasSize(500);
        assertThat(run.summary()).metric(AVG_TOTAL_US).p95().isBelowBudget(175.0);
    }

    @Test
    void comparesTwoCollections(BenchCollector collector) {
        CollectedRun before = collector.collect(1000);
        CollectedRun after = collector.collect(1000);
        assertThat(before.compareWith(after, HOP_TIME)).printing().hasNoRegressions();
    }

    @Test
    void hasNoRegressionAgainstTheStoredBaseline(BenchCollector collector) {
        // To record or update it: mvn test -Dlwos.bench.recordBaseline=true
        Path baseline = Path.of("src/test/resources/pipeline-baseline.json");
        assertThat(Baselines.compare(baseline, collector.collect(500), HOP_TIME)).hasNoRegressions();
    }

    @Test
    void gatesAgainstTheBaselineFile(BenchCollector collector) throws Exception {
        Baseline baseline = Baseline.read(Path.of("src/test/resources/baseline.json"));
        assertThat(collector.collect(1000).gate(baseline)).passes();
    }
}
