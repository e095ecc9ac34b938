package io.lightwaveos.bench.junit;

import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThat;

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
}
