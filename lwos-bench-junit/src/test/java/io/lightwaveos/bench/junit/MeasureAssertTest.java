package io.lightwaveos.bench.junit;

import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThat;
import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThatThrownBy;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.RunStart;
import io.lightwaveos.bench.service.collect.StoreCollection;
import io.lightwaveos.bench.service.io.SampleFormat;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assertThat(run).measure("latency_ms")...}: a run's measures in a harness's assertions. */
@LwosBenchTest
class MeasureAssertTest {

    /** What an imported LightwaveOS native benchmark holds, plus the device's vitals with the same CPU name. */
    private static final MeasureSet NATIVE = MeasureSet.builder("native")
            .record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER)
            .record("snr_db", 45.2, "dB", Direction.HIGHER_IS_BETTER)
            .record("cpu_load_percent", 34.8, "%", Direction.LOWER_IS_BETTER)
            .report("sample_rate_hz", 44100, "Hz")
            .add(Measure.of("device", "cpu_load_percent", "%", Direction.LOWER_IS_BETTER, 31, 33, 32))
            .add(Measure.of("jmh", "decode_ns", "ns/op", Direction.LOWER_IS_BETTER, 4.1, 4.3, 4.2, 4.2, 4.4, 4.0, 4.1, 4.3))
            .build();

    @TempDir
    Path dir;

    private CollectedRun stored() {
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            new RunService(store).createMeasureRun(RunStart.named("native-42"), NATIVE);
            return CollectedRun.load(store, "native-42");
        }
    }

    @Test
    void aStoredRunsMeasureIsAssertedByNameWithItsValueUnitAndDirection() {
        CollectedRun run = stored();
        assertThat(run.measures()).isEqualTo(NATIVE);

        assertThat(run).measure("latency_ms").isLessThan(10.0).isGreaterThan(8.0).hasValue(8.4).hasUnit("ms")
                .hasDirection(Direction.LOWER_IS_BETTER).hasRepeats(1);
        assertThat(run).measure("native:snr_db").isCloseTo(45.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(run).measure("sample_rate_hz").hasValue(44100);
    }

    /** The README's assertion block, verbatim (ReadmeHarnessExampleTest checks it is). */
    @Test
    void theReadmesMeasureAssertionExample() {
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            new RunService(store).createMeasureRun(RunStart.named("native-42"), NATIVE);
            CollectedRun run = CollectedRun.load(store, "native-42");
            assertThat(run).measure("latency_ms").isLessThan(10.0).hasUnit("ms");
            assertThat(run).measure("native:cpu_load_percent").hasValue(34.8);
            assertThat(run).measure("jmh:decode_ns").mean().isBelowBudget(4.5);
        }
    }

    @Test
    void failureMessagesNameTheMeasureAndShowTheRunsMeasures() {
        CollectedRun run = stored();
        assertThatThrownBy(() -> assertThat(run).measure("latency_ms").isLessThan(8.0))
                .hasMessageContaining("[native:latency_ms (ms) of run \"native-42\"")
                .hasMessageContaining("to be less than:")
                .hasMessageContaining("measure")
                .hasMessageFindingMatch("native:snr_db +dB +higher +1 +45.20");
        assertThatThrownBy(() -> assertThat(run).measure("latency_ms").hasValue(8.5))
                .hasMessageContaining("expected native:latency_ms to be 8.5 ms, but it is 8.4 ms");
        assertThatThrownBy(() -> assertThat(run).measure("latency_ms").hasUnit("us"))
                .hasMessageContaining("expected native:latency_ms in \"us\", but its unit is \"ms\"");
        assertThatThrownBy(() -> assertThat(run).measure("sample_rate_hz").hasDirection(Direction.HIGHER_IS_BETTER))
                .hasMessageContaining("expected native:sample_rate_hz to be higher is better, but it is reported and"
                        + " never gated (no direction)");
    }

    @Test
    void aNameInTwoSuitesMustBeAddressedWithItsSuite() {
        CollectedRun run = stored();
        assertThatThrownBy(() -> assertThat(run).measure("cpu_load_percent"))
                .hasMessageStartingWith("cannot pick a measure of run \"native-42\": \"cpu_load_percent\" is a measure in 2"
                        + " suites; name one of [native:cpu_load_percent, device:cpu_load_percent]");
        assertThat(run).measure("native:cpu_load_percent").hasValue(34.8);
        assertThat(run).measure("device:cpu_load_percent").hasValues(31, 33, 32).mean().isEqualTo(32.0);
    }

    @Test
    void anUnknownMeasureSaysWhatTheRunHolds() {
        CollectedRun run = stored();
        assertThatThrownBy(() -> assertThat(run).measure("boot_ms"))
                .hasMessageStartingWith("expected a measure boot_ms in run \"native-42\", but it has none; its measures:")
                .hasMessageContaining("jmh:decode_ns");
        assertThatThrownBy(() -> assertThat(run).measure("avg_total_us"))
                .hasMessageContaining("(avg_total_us is a frame metric: assert on it with metric(Metric.AVG_TOTAL_US))");
        assertThatThrownBy(() -> assertThat(run).measure("native:"))
                .hasMessageContaining("expected suite:name, got \"native:\" with no name");
    }

    @Test
    void repeatsAreAssertedThroughTheirStatisticsNoiseAware() {
        CollectedRun run = stored();
        assertThat(run).measure("jmh:decode_ns").hasRepeats(8).isCloseTo(4.2, org.assertj.core.data.Offset.offset(0.01));
        assertThat(run).measure("decode_ns").mean().isBelowBudget(4.5).isAboveFloor(3.9);
        assertThat(run).measure("decode_ns").max().isEqualTo(4.4);
        assertThatThrownBy(() -> assertThat(run).measure("decode_ns").mean().isBelowBudget(4.25))
                .hasMessageContaining("expected mean of jmh:decode_ns below the budget 4.25 ns/op, but it is inconclusive")
                .hasMessageContaining("samples_needed: about");
        assertThatThrownBy(() -> assertThat(run).measure("decode_ns").hasValue(4.2))
                .hasMessageContaining("expected jmh:decode_ns to hold a single value, but it holds 8 repeats"
                        + " [4.1, 4.3, 4.2, 4.2, 4.4, 4.0, 4.1, 4.3]; assert on mean(), p95(), ... or hasValues(...)");
        assertThatThrownBy(() -> assertThat(run).measure("latency_ms").std())
                .hasMessageContaining("std of native:latency_ms cannot be computed from 1 value");
        // A single value has no interval: a budget holds it by its value.
        assertThat(run).measure("latency_ms").mean().isBelowBudget(8.4);
        assertThatThrownBy(() -> assertThat(run).measure("latency_ms").mean().isBelowBudget(8.0))
                .hasMessageContaining("expected mean of native:latency_ms at or below the budget 8.00 ms, but it is 8.40 ms");
    }

    @Test
    void aCollectedRunCarriesTheTestsOwnMeasuresBesideItsFrames(BenchCollector collector) {
        // Without the device's vitals, so that the run holds only what the test measured itself.
        CollectedRun run = collector.collect(collector.config().maxSamples(50).vitalsEvery(Duration.ZERO).build())
                .withMeasures(MeasureSet.builder("harness").record("boot_ms", 412.0, "ms", Direction.LOWER_IS_BETTER).build());

        assertThat(run).metric(Metric.AVG_TOTAL_US).mean().isGreaterThan(0.0);
        assertThat(run).measure("boot_ms").isLessThan(500.0);
        assertThat(run.named("renamed").measures().size()).isEqualTo(1);
        assertThatThrownBy(() -> run.withMeasures(MeasureSet.builder("harness").record("boot_ms", 1, "ms", null).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("harness:boot_ms is recorded twice");
        assertThatThrownBy(() -> assertThat(run).metric(Metric.AVG_CHROMA_US))
                .hasMessageContaining("expected values of avg_chroma_us, but the run has none");
    }

    @Test
    void anExportedRunKeepsItsMeasures(BenchCollector collector) throws Exception {
        Path file = dir.resolve("run.json");
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            RunService runs = new RunService(store);
            Run run = StoreCollection.collect(runs, RunStart.named("exported"),
                    collector.config().maxSamples(20).vitalsEvery(Duration.ZERO).build());
            runs.saveMeasures(run.id(), NATIVE);
            try (OutputStream out = Files.newOutputStream(file)) {
                runs.export(runs.find(run.id()).orElseThrow(), SampleFormat.JSON, out);
            }
        }
        CollectedRun exported = CollectedRun.fromExport(file);
        assertThat(exported.measures()).isEqualTo(NATIVE);
        assertThat(exported).measure("snr_db").hasValue(45.2);
    }

    @Test
    void aMeasureSetIsAnIterableWithMeasuresByName() {
        assertThat(NATIVE).hasSize(6).extracting(m -> m.ref().toString()).contains("native:latency_ms", "jmh:decode_ns");
        assertThat(NATIVE).measure("jmh:decode_ns").median().isEqualTo(4.2);
        assertThat(NATIVE).filteredOn(m -> m.suite().equals("native")).hasSize(4).measure("cpu_load_percent").hasValue(34.8);
        assertThatThrownBy(() -> assertThat(MeasureSet.empty()).measure("latency_ms"))
                .hasMessageStartingWith("expected a measure latency_ms in the measures, but it has none; it holds no"
                        + " measures at all");
    }
}
