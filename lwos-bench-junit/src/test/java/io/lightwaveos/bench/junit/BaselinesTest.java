package io.lightwaveos.bench.junit;

import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThat;
import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThatThrownBy;
import static io.lightwaveos.bench.metric.Metric.AVG_TOTAL_US;

import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * A harness compares with a run stored or exported earlier in one line, records it with one switch,
 * and a regression against it fails naming both runs (issue 23, stumbles 3 and 8).
 */
@LwosBenchTest
@SimulatedDevice(meanTotalUs = 150, noise = 0.002)
class BaselinesTest {

    private static final CompareOptions HOP_TIME = CompareOptions.defaults().withMetrics(List.of(AVG_TOTAL_US));

    @TempDir
    Path dir;

    @Test
    void aRunStoredEarlierIsTheBaselineOfAComparisonInOneLine(BenchCollector collector) {
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            Run stored = Baselines.record(store, "pipeline-baseline", collector.collect(500));

            RunComparison c = Baselines.compare(store, "pipeline-baseline", collector.collect(500), HOP_TIME, false);

            assertThat(c).hasNoRegressions();
            assertThat(c.baseline()).isEqualTo("\"pipeline-baseline\" (500 samples)");
            assertThat(c.candidate()).isEqualTo(
                    "\"BaselinesTest.aRunStoredEarlierIsTheBaselineOfAComparisonInOneLine\" (500 samples)");
            assertThat(CollectedRun.load(store, stored.id().toString()).values(AVG_TOTAL_US)).hasSize(500);
        }
    }

    @Test
    void aRunExportedEarlierIsTheBaselineOfAComparisonInOneLine(BenchCollector collector) {
        Path file = dir.resolve("baselines/pipeline.json");
        CollectedRun recorded = collector.collect(400);
        assertThat(Baselines.record(file, recorded)).isEqualTo(file.toAbsolutePath());

        CollectedRun read = CollectedRun.fromExport(file);
        assertThat(read.name()).isEqualTo("pipeline");
        assertThat(read.values(AVG_TOTAL_US)).containsExactly(recorded.values(AVG_TOTAL_US));
        assertThat(Baselines.compare(file, collector.collect(400), HOP_TIME, false)).hasNoRegressions();
    }

    @Test
    void aRegressionAgainstTheStoredBaselineFailsNamingBothRunsNotAAndB(BenchCollector collector) {
        SimulatorConfig slower = SimulatorConfig.builder().rate(1000).meanTotalUs(165).noise(0.01).seed(5).build();
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString());
             DeviceSimulator slowDevice = DeviceSimulator.start(slower)) {
            Baselines.record(store, "nightly-main", collector.collect(300));
            CollectedRun candidate = new BenchCollector(BenchDevice.simulated(slowDevice), "feature-branch").collect(300);

            RunComparison c = Baselines.compare(store, "nightly-main", candidate, HOP_TIME, false);

            assertThatThrownBy(() -> assertThat(c).hasNoRegressions())
                    .hasMessageStartingWith("expected no regressions, but avg_total_us regressed:")
                    .hasMessageContaining("A  baseline \"nightly-main\" (300 samples)")
                    .hasMessageContaining("B  candidate \"feature-branch\" (300 samples)")
                    .hasMessageContaining("A mean");
            assertThatThrownBy(() -> assertThat(c).metric(AVG_TOTAL_US).isEquivalent())
                    .hasMessageContaining("A  baseline \"nightly-main\"");
        }
    }

    @Test
    void recordingStoresTheCandidateAsTheNewestRunOfTheNameAndSkipsTheTestInsteadOfComparing(
            BenchCollector collector) {
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            Baselines.record(store, "pipeline-baseline", collector.collect(100));
            CollectedRun candidate = collector.collect(200);

            assertThatThrownBy(() -> Baselines.compare(store, "pipeline-baseline", candidate, HOP_TIME, true))
                    .isInstanceOf(TestAbortedException.class)
                    .hasMessageStartingWith("recorded the baseline run ")
                    .hasMessageContaining("\"pipeline-baseline\" in " + store.location())
                    .hasMessageContaining("instead of comparing (lwos.bench.recordBaseline is true)");

            assertThat(CollectedRun.load(store, "pipeline-baseline").sampleCount()).isEqualTo(200);
        }
    }

    @Test
    void recordingWritesTheExportFileAndSkipsTheTest(BenchCollector collector) {
        Path file = dir.resolve("pipeline-baseline.json");
        CollectedRun candidate = collector.collect(100);

        assertThatThrownBy(() -> Baselines.compare(file, candidate, HOP_TIME, true))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("recorded the baseline " + file.toAbsolutePath());
        assertThat(CollectedRun.fromExport(file).sampleCount()).isEqualTo(100);
    }

    @Test
    void aMissingBaselineFileIsNamedWithHowToRecordIt(BenchCollector collector) {
        Path file = dir.resolve("no-such-baseline.json");
        CollectedRun candidate = collector.collect(50);

        assertThatThrownBy(() -> Baselines.compare(file, candidate, HOP_TIME, false))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("no exported run at " + file.toAbsolutePath())
                .hasMessageEndingWith("to record it, run the test with -Dlwos.bench.recordBaseline=true");
        assertThat(Files.exists(file)).isFalse();
    }
}
