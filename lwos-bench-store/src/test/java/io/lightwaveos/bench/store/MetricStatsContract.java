package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.run.Workload;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link RunCatalog#metricStats}, the history's read, and the repair of runs without statistics. */
abstract class MetricStatsContract extends StoreContract {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    RunStore store;

    @BeforeEach
    void open() {
        store = stores.open();
        for (int i = 0; i < 6; i++) {
            var run = store.createRun(NewRun.named("run-" + i).withSource("test")
                    .withContext(RunContext.EMPTY.withRig(i % 2 == 0 ? "even" : "odd"))
                    .withStartedAt(T0.plusSeconds(60L * i)));
            Map<String, Double> total = new LinkedHashMap<>();
            total.put("mean", 100.0 + i);
            total.put("std", null);
            total.put("n_eff", 40.0);
            store.finishRun(run.id(), RunStatus.COMPLETE, null,
                    Map.of("avg_total_us", total, "cpu_load_percent", Map.of("mean", 1.0 * i)), null);
        }
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the store's fixture skipped the test (no PostgreSQL server)
            store.close();
        }
    }

    @Test
    void runsComeNewestFirstWithOnlyTheAskedMetricsStatisticsInTheirOrder() {
        List<RunStats> rows = store.metricStats(RunFilter.ALL, "avg_total_us");
        assertThat(rows).extracting(RunStats::name).containsExactly("run-5", "run-4", "run-3", "run-2", "run-1", "run-0");
        RunStats newest = rows.get(0);
        assertThat(newest.stats().keySet()).containsExactly("mean", "std", "n_eff");
        assertThat(newest.stats().get("mean")).isEqualTo(105.0);
        assertThat(newest.stats().get("std")).isNull();
        assertThat(newest.stats().get("n_eff")).isEqualTo(40.0);
        assertThat(newest.context().rig()).isEqualTo("odd");
        assertThat(newest.status()).isEqualTo(RunStatus.COMPLETE);
        assertThat(newest.startedAt()).isEqualTo(T0.plusSeconds(300));
    }

    @Test
    void theFilterAndItsLimitApplyToRuns() {
        List<RunStats> rows = store.metricStats(RunFilter.ALL.withRig("even").withLimit(2), "cpu_load_percent");
        assertThat(rows).extracting(RunStats::name).containsExactly("run-4", "run-2");
        assertThat(rows.get(0).stats()).containsExactly(Map.entry("mean", 4.0));
    }

    @Test
    void severalMetricsAtOnceReadWhatEachAloneReads() {
        RunFilter evenTwo = RunFilter.ALL.withRig("even").withLimit(2);
        Map<String, List<RunStats>> all = store.metricStats(evenTwo, List.of("cpu_load_percent", "avg_total_us", "avg_chroma_us"));
        assertThat(all.keySet()).containsExactly("cpu_load_percent", "avg_total_us", "avg_chroma_us");
        for (String metric : all.keySet()) {
            assertThat(all.get(metric)).as(metric).isEqualTo(store.metricStats(evenTwo, metric));
        }
        assertThat(all.get("avg_total_us")).extracting(RunStats::name).containsExactly("run-4", "run-2");
        assertThat(all.get("avg_total_us").get(0).stats()).containsEntry("mean", 104.0);
        assertThat(all.get("avg_chroma_us")).allSatisfy(r -> assertThat(r.stats()).isEmpty());
        assertThat(store.metricStats(RunFilter.ALL.withRig("nobody"), List.of("avg_total_us")))
                .containsExactly(Map.entry("avg_total_us", List.of()));
    }

    @Test
    void onlyTheAskedStatisticsAreReadInTheirStoredOrder() {
        Map<String, List<RunStats>> some = store.metricStats(RunFilter.ALL.withLimit(2),
                List.of("avg_total_us", "cpu_load_percent"), Set.of("n_eff", "mean", "p99"));
        assertThat(some.get("avg_total_us").get(0).stats()).containsExactly(Map.entry("mean", 105.0), Map.entry("n_eff", 40.0));
        assertThat(some.get("cpu_load_percent").get(1).stats()).containsExactly(Map.entry("mean", 4.0));
        assertThat(store.metricStats(RunFilter.ALL, List.of("avg_total_us"), Set.of("p99")).get("avg_total_us"))
                .hasSize(6).allSatisfy(r -> assertThat(r.stats()).isEmpty());
    }

    @Test
    void aHistoryEntryCarriesTheContextsQueryableFieldsOnly() {
        RunContext full = RunContext.EMPTY.withRig("bench-9")
                .withDevice(new DeviceInfo("2.0.1", 20001L, "ESP32-S3-DevKitC-1", "v5.1.4", null, "ESP32-S3", 0, 2, 240,
                        16777216L, 201456L, -58))
                .withVcs(new Vcs("abc123", "main", null, null))
                .withWorkload(new Workload(7, "Ripple", 128, 10, 3))
                .withMeta(Map.of("operator", "ana"));
        var run = store.createRun(NewRun.named("full-context").withSource("test").withContext(full)
                .withStartedAt(T0.plusSeconds(3600)));
        store.finishRun(run.id(), RunStatus.COMPLETE, null, Map.of("avg_total_us", Map.of("mean", 1.0)), null);
        RunContext read = store.metricStats(RunFilter.ALL.withLimit(1), "avg_total_us").get(0).context();
        assertThat(read).isEqualTo(RunContext.EMPTY.withRig("bench-9")
                .withDevice(DeviceInfo.EMPTY.withFirmware("2.0.1"))
                .withVcs(new Vcs("abc123", "main", null, null))
                .withWorkload(new Workload(null, "Ripple", null, null, null)));
        assertThat(store.findRun(run.id()).orElseThrow().context()).isEqualTo(full);
    }

    @Test
    void aMetricWithoutStatisticsGivesEmptyMaps() {
        assertThat(store.metricStats(RunFilter.ALL, "avg_chroma_us")).hasSize(6).allSatisfy(r -> assertThat(r.stats()).isEmpty());
    }

    @Test
    void finishedRunsWithSamplesButNoStatisticsAreFoundForRepair() {
        var bare = store.createRun(NewRun.named("killed-after-finish").withSource("test"));
        try (SampleWriter w = store.openWriter(bare.id())) {
            io.lightwaveos.bench.store.testing.TestSamples.synthetic(1, 0, 5, 0).forEach(w::append);
        }
        store.finishRun(bare.id(), RunStatus.COMPLETE, null, null, null);
        var running = store.createRun(NewRun.named("still-running").withSource("test"));
        assertThat(store.finishedRunsWithoutStats()).containsExactly(bare.id());
        store.updateCachedStats(bare.id(), Map.of("avg_total_us", Map.of("n", 5.0)));
        assertThat(store.finishedRunsWithoutStats()).isEmpty();
        store.finishRun(running.id(), RunStatus.COMPLETE, null, null, null);
        assertThat(store.finishedRunsWithoutStats()).as("a finished run without samples has nothing to compute").isEmpty();
    }
}
