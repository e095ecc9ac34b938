package io.lightwaveos.bench.service.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.CollectorException;
import io.lightwaveos.bench.collector.FailureReason;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.RunStart;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import io.lightwaveos.bench.simulator.SubscribeBehaviour;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collecting from the simulator into a real SQLite store in one call. */
class StoreCollectionTest {

    @TempDir
    Path dir;
    RunStore store;
    RunService runs;

    @BeforeEach
    void open() {
        store = RunStores.open(dir.resolve("bench.db").toString());
        runs = new RunService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void collectsIntoANewFinishedRunWithItsStatisticsCached() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(1000).build())) {
            Run run = StoreCollection.collect(runs, RunStart.named("harness"),
                    CollectorConfig.builder().url(device.url()).maxSamples(300).build());

            assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(run.name()).isEqualTo("harness");
            assertThat(run.sampleCount()).isEqualTo(300);
            assertThat(run.source()).isEqualTo(device.url());
            assertThat(run.cachedStats()).containsKey(Metric.AVG_TOTAL_US.id());
            assertThat(runs.values(run.id()).get(Metric.AVG_TOTAL_US)).hasSize(300);
            assertThat(store.listRuns(RunFilter.ALL)).extracting(Run::id).containsExactly(run.id());
        }
    }

    @Test
    void aCollectionRefusedBeforeItsFirstSampleThrowsAndLeavesNoRun() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder()
                .subscribeBehaviour(SubscribeBehaviour.FEATURE_DISABLED).build())) {
            assertThatThrownBy(() -> StoreCollection.collect(runs, RunStart.named("refused"),
                    CollectorConfig.builder().url(device.url()).maxSamples(10).build()))
                    .isInstanceOfSatisfying(CollectorException.class,
                            e -> assertThat(e.reason()).isEqualTo(FailureReason.FEATURE_DISABLED));
            assertThat(store.listRuns(RunFilter.ALL)).isEmpty();
        }
    }
}
