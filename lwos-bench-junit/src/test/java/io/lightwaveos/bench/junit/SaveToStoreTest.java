package io.lightwaveos.bench.junit;

import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThat;

import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.RunStart;
import io.lightwaveos.bench.service.collect.StoreCollection;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run collected in a test can be kept in a store. */
@LwosBenchTest
class SaveToStoreTest {

    @Test
    void theInjectedCollectorsConfigurationCollectsIntoAStore(BenchCollector collector, @TempDir Path dir) {
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            RunService runs = new RunService(store);
            Run run = StoreCollection.collect(runs, RunStart.named("from-a-test").withTags(java.util.List.of("harness")),
                    collector.config().maxSamples(200).build());

            assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(run.sampleCount()).isEqualTo(200);
            assertThat(run.tags()).containsExactly("harness");
            assertThat(runs.summaries(run.id()).get(Metric.AVG_TOTAL_US).n()).isEqualTo(200);
        }
    }

    /** The README's block, verbatim (ReadmeHarnessExampleTest checks it is). */
    @Test
    void theReadmesStoreExample(BenchCollector collector, @TempDir Path dir) {
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            Run run = StoreCollection.collect(new RunService(store), RunStart.named("nightly"),
                    collector.config().maxSamples(200).build());
            assertThat(run.sampleCount()).isEqualTo(200);
        }
    }

    /** The README's measure block, verbatim (ReadmeHarnessExampleTest checks it is). */
    @Test
    void theReadmesMeasureExample(BenchCollector collector, @TempDir Path dir) {
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            RunService runs = new RunService(store);
            Run run = StoreCollection.collect(runs, RunStart.named("nightly"), collector.config().maxSamples(200).build());
            MeasureSet measures = MeasureSet.builder("harness")
                    .record("boot_ms", 412.0, "ms", Direction.LOWER_IS_BETTER)
                    .record("effects_per_second", new double[] {118.2, 119.0, 117.6}, "ops/s", Direction.HIGHER_IS_BETTER)
                    .report("led_count", 320, "")
                    .build();
            runs.saveMeasures(run.id(), measures);
            assertThat(runs.measures(run.id())).containsAll(measures); // beside the device's vitals
            Run bootOnly = runs.createMeasureRun(RunStart.named("boot-time"), measures);
            assertThat(bootOnly.sampleCount()).isZero();
        }
    }

    @Test
    void measuresSavedWithACollectedRunKeepTheirRepeatsAndComeWithItsSamples(BenchCollector collector,
            @TempDir Path dir) {
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            RunService runs = new RunService(store);
            Run run = StoreCollection.collect(runs, RunStart.named("with-measures"),
                    collector.config().maxSamples(50).build());
            runs.saveMeasures(run.id(), MeasureSet.builder("harness")
                    .record("effects_per_second", new double[] {118.2, 119.0, 117.6}, "ops/s", Direction.HIGHER_IS_BETTER)
                    .build());
            assertThat(runs.find(run.id()).orElseThrow().sampleCount()).isEqualTo(50);
            assertThat(runs.measureSummaries(run.id()).entrySet()).as("the harness's measure, beside the device's vitals")
                    .filteredOn(e -> e.getKey().suite().equals("harness"))
                    .singleElement().satisfies(e -> assertThat(e.getValue().n()).isEqualTo(3));
            assertThat(runs.measure(run.id(), MeasureRef.parse("harness:effects_per_second")).orElseThrow().values())
                    .containsExactly(118.2, 119.0, 117.6);
        }
    }
}
