package io.lightwaveos.bench.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Library use" example, verbatim: if this breaks, the README is wrong. */
class ReadmeExampleTest {

    private static final String START = "// --- README example start";
    private static final String END = "// --- README example end";

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

    @Test
    void theReadmeShowsExactlyTheCodeAboveInAtMostFifteenLines() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        String source = Files.readString(module.resolve(
                "src/test/java/io/lightwaveos/bench/collector/ReadmeExampleTest.java"));
        // The markers as comment lines (followed by a line break), not the constants above.
        int start = source.indexOf(START + "\n") + START.length();
        List<String> inTest = trimmed(source.substring(start, source.indexOf(END + "\n")));

        String readme = Files.readString(module.getParent().resolve("README.md"));
        String section = readme.substring(readme.indexOf("## Library use"));
        int from = section.indexOf("```java") + "```java".length();
        List<String> inReadme = trimmed(section.substring(from, section.indexOf("```", from)));

        assertThat(inReadme).isEqualTo(inTest);
        assertThat(inReadme.stream().filter(l -> !l.isEmpty())).hasSizeLessThanOrEqualTo(15);
    }

    private static List<String> trimmed(String block) {
        List<String> lines = block.strip().lines().map(String::strip).toList();
        return lines.subList(0, lines.size() - (lines.get(lines.size() - 1).isEmpty() ? 1 : 0));
    }
}
