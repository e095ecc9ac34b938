package io.lightwaveos.bench.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The README's "Library use" example, verbatim: if this breaks, the README is wrong. */
class ReadmeExampleTest {

    @Test
    void readmeLibraryExampleCollectsFromAnInProcessSimulator() {
        // --- README example start
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(1000).seed(42).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(
                    CollectorConfig.builder().url(device.url()).maxSamples(500).build(), sink);

            double[] avgTotalUs = sink.series(Metric.AVG_TOTAL_US);
            double mean = Arrays.stream(avgTotalUs).average().orElseThrow();
            assertEquals(RunStatus.COMPLETE, result.status());
            assertEquals(500, avgTotalUs.length);
            assertEquals(0, result.counters().gaps());
            assertTrue(mean > 100 && mean < 200, "mean avg_total_us " + mean);
        }
        // --- README example end
    }
}
