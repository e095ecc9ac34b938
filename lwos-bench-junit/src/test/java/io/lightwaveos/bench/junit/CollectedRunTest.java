package io.lightwaveos.bench.junit;

import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThat;
import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThatThrownBy;
import static io.lightwaveos.bench.metric.Metric.AVG_TOTAL_US;

import io.lightwaveos.bench.collector.DeviceVitals;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.RunStart;
import io.lightwaveos.bench.service.collect.StoreCollection;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs loaded from a store or an export carry their name and commit; a wrong place says where it looked. */
@LwosBenchTest
class CollectedRunTest {

    @TempDir
    Path dir;

    @Test
    void aStoredRunLoadsWithItsSamplesNameAndCommit(BenchCollector collector) {
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            RunContext commit = RunContext.EMPTY.withVcs(new Vcs("1a2b3c4d5e6f7a8b9c0d", "main"));
            StoreCollection.collect(new RunService(store), RunStart.named("nightly").withContext(commit),
                    collector.config().context(commit).maxSamples(300).build());

            CollectedRun nightly = CollectedRun.load(store, "nightly");

            assertThat(nightly.name()).isEqualTo("nightly");
            assertThat(nightly.commit()).contains("1a2b3c4d5e6f7a8b9c0d");
            assertThat(nightly.values(AVG_TOTAL_US)).hasSize(300);
            assertThat(nightly.summary().metric(AVG_TOTAL_US)).isPresent();
            assertThat(nightly.label()).isEqualTo("\"nightly\" (commit 1a2b3c4d5e6f, 300 samples)");
            assertThatThrownBy(nightly::result).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("\"nightly\" was not collected in this test");
        }
    }

    @Test
    void aCollectedRunCarriesTheDevicesVitals(BenchCollector collector) {
        CollectedRun run = collector.collect(collector.config().maxSamples(100).vitalsEvery(Duration.ofMillis(20)).build());
        Measure fps = run.measures().get(DeviceVitals.SUITE, DeviceVitals.FPS).orElseThrow();
        assertThat(fps.values()).isNotEmpty().containsOnly(SimulatorConfig.defaults().fps());
        assertThat(run.measures().get(DeviceVitals.SUITE, DeviceVitals.FREE_HEAP_MIN).orElseThrow().value(0))
                .isEqualTo(SimulatorConfig.defaults().freeHeap());
        assertThat(run.measures()).isEqualTo(run.result().measures());

        CollectedRun without = collector.collect(collector.config().maxSamples(20).vitalsEvery(Duration.ZERO).build());
        assertThat(without.measures().isEmpty()).isTrue();
    }

    @Test
    void anUnknownRunIsReportedWithTheStoresLocation() {
        Path db = dir.resolve("bench.db");
        try (RunStore store = RunStores.open(db.toString())) {
            assertThatThrownBy(() -> CollectedRun.load(store, "baseline"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("in the store " + db.toAbsolutePath() + ": no run matches \"baseline\"");
        }
    }

    @Test
    void aMistypedStorePathOpenedForReadingNamesThePathAndCreatesNothing() {
        Path mistyped = dir.resolve("benhc/bench.db");
        assertThatThrownBy(() -> RunStores.openExisting(mistyped.toString()))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("no run store at " + mistyped.toAbsolutePath());
        assertThat(Files.exists(mistyped.getParent())).isFalse();
    }

    @Test
    void aCsvExportIsNamedAfterItsFile(BenchCollector collector) throws Exception {
        Path csv = dir.resolve("before.csv");
        CollectedRun collected = collector.collect(120);
        Baselines.record(csv, collected);

        CollectedRun read = CollectedRun.fromExport(csv);

        assertThat(read.name()).isEqualTo("before.csv");
        assertThat(read.commit()).isEmpty();
        assertThat(read.values(AVG_TOTAL_US)).containsExactly(collected.values(AVG_TOTAL_US));
        assertThatThrownBy(() -> CollectedRun.fromExport(dir.resolve("before.txt")))
                .hasMessage("expected an export file ending in .csv, .json or .jsonl, got " + dir.resolve("before.txt"));
    }
}
