package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.run.CiBuild;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.QualityReason;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.run.Workload;
import io.lightwaveos.bench.store.sqlite.SqliteRunStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunContextStoreTest {

    static final RunContext FULL = new RunContext("bench-1",
            new DeviceInfo("2.0.0", 20000L, "ESP32-S3-DevKitC-1", "v5.1.4", "Actor System v2", "ESP32-S3", 0, 2, 240,
                    16_777_216L, 201_456L, -58),
            new Workload(7, "Ripple", 128, 10, 3), new Vcs("abc123", "main"),
            new CiBuild("github", "https://github.com/o/r/actions/runs/1"),
            meta("operator", "ana", "note", "quote \" backslash \\ newline \n tab \t ünïcode €"));

    @TempDir
    Path dir;

    @Test
    void everyContextFieldSurvivesTheStore() {
        try (RunStore store = SqliteRunStore.open(dir.resolve("ctx.db"))) {
            Run created = store.createRun(NewRun.named("a").withContext(FULL));
            assertThat(created.context()).isEqualTo(FULL);
            assertThat(store.run(created.id()).context()).isEqualTo(FULL);
            store.finishRun(created.id(), RunStatus.COMPLETE, null, null, null);
            assertThat(store.run(created.id()).context()).isEqualTo(FULL);
        }
        try (RunStore store = SqliteRunStore.open(dir.resolve("ctx.db"))) {
            assertThat(store.listRuns(RunFilter.ALL).get(0).context()).isEqualTo(FULL);
        }
    }

    @Test
    void partlyKnownContextReadsBackWithItsNulls() {
        RunContext partial = RunContext.EMPTY.withDevice(DeviceInfo.ofFirmware("1.9.0"))
                .withWorkload(new Workload(3, null, null, null, null));
        try (RunStore store = SqliteRunStore.open(dir.resolve("ctx.db"))) {
            Run run = store.createRun(NewRun.named("p").withContext(partial));
            assertThat(store.run(run.id()).context()).isEqualTo(partial);
            store.updateContext(run.id(), FULL);
            assertThat(store.run(run.id()).context()).isEqualTo(FULL);
            store.updateContext(run.id(), RunContext.EMPTY);
            assertThat(store.run(run.id()).context()).isEqualTo(RunContext.EMPTY);
        }
    }

    @Test
    void queryableColumnsFilterTheList() {
        try (RunStore store = SqliteRunStore.open(dir.resolve("ctx.db"))) {
            Run a = store.createRun(NewRun.named("a").withContext(FULL));
            Run b = store.createRun(NewRun.named("b").withContext(FULL.withRig("bench-2")
                    .withVcs(new Vcs("def456", "feature/x")).withDevice(DeviceInfo.ofFirmware("2.1.0"))
                    .withWorkload(new Workload(8, "Plasma", null, null, null))));
            Run none = store.createRun(NewRun.named("none"));
            assertThat(store.listRuns(RunFilter.ALL.withRig("bench-1"))).extracting(Run::id).containsExactly(a.id());
            assertThat(store.listRuns(RunFilter.ALL.withBranch("feature/x"))).extracting(Run::id).containsExactly(b.id());
            assertThat(store.listRuns(RunFilter.ALL.withFirmware("2.0.0"))).extracting(Run::id).containsExactly(a.id());
            assertThat(store.listRuns(RunFilter.ALL.withEffectName("Plasma"))).extracting(Run::id).containsExactly(b.id());
            assertThat(store.listRuns(RunFilter.ALL.withRig("bench-1").withEffectName("Plasma"))).isEmpty();
            assertThat(store.listRuns(RunFilter.ALL.withRig(""))).hasSize(3);
            assertThat(none.context()).isEqualTo(RunContext.EMPTY);
        }
    }

    @Test
    void qualityFollowsCountersEventsAndStatistics() {
        try (RunStore store = SqliteRunStore.open(dir.resolve("q.db"))) {
            Run run = store.createRun(NewRun.named("q"));
            assertThat(store.run(run.id()).quality().isClean()).isTrue();
            store.updateCounters(run.id(), new RunCounters(0, Map.of(), 2, 3, 1, 0));
            assertThat(store.run(run.id()).quality())
                    .isEqualTo(RunQuality.of(QualityReason.GAPS, QualityReason.RECONNECTS));
            store.appendEvent(run.id(), new RunEvent(Instant.now(), EventType.WORKLOAD_CHANGED, "Ripple (#7) → Plasma (#8)"));
            store.appendEvent(run.id(), new RunEvent(Instant.now(), EventType.STATS_RESET, "hopCount stepped back"));
            assertThat(store.run(run.id()).quality()).isEqualTo(RunQuality.of(QualityReason.GAPS,
                    QualityReason.RECONNECTS, QualityReason.STATS_RESET, QualityReason.MIXED_WORKLOAD));
            // Finished without statistics: too short to say anything.
            store.finishRun(run.id(), RunStatus.COMPLETE, null, null, null);
            assertThat(store.run(run.id()).quality().reasons()).contains(QualityReason.SHORT);
            store.updateCachedStats(run.id(), Map.of("avg_total_us", Map.of("n", 900.0, "n_eff", 45.0)));
            assertThat(store.run(run.id()).quality().reasons()).doesNotContain(QualityReason.SHORT);
            store.updateCachedStats(run.id(), Map.of("avg_total_us", Map.of("n", 900.0, "n_eff", 29.9)));
            assertThat(store.run(run.id()).quality().reasons()).contains(QualityReason.SHORT);
        }
    }

    @Test
    void anImportedRunKeepsItsContextAndGetsItsQualityFromItsData() {
        try (RunStore store = SqliteRunStore.open(dir.resolve("imp.db"))) {
            Run spec = new Run(java.util.UUID.randomUUID(), "imported", "", null, "", Instant.parse("2025-01-01T00:00:00Z"),
                    Instant.parse("2025-01-01T00:01:00Z"), RunStatus.COMPLETE, 0, new RunCounters(0, Map.of(), 0, 0, 0, 1),
                    Map.of(), Map.of("avg_total_us", Map.of("n_eff", 100.0)), FULL, RunQuality.CLEAN);
            Run stored = store.importRun(spec, List.of(), Collections.emptyIterator());
            assertThat(stored.context()).isEqualTo(FULL);
            assertThat(stored.quality()).isEqualTo(RunQuality.of(QualityReason.REBOOT));
        }
    }

    @Test
    void aDamagedContextIsReportedNotGuessed() throws Exception {
        Path file = dir.resolve("bad.db");
        java.util.UUID id;
        try (RunStore store = SqliteRunStore.open(file)) {
            id = store.createRun(NewRun.named("bad").withContext(FULL)).id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE runs SET context_json = '{\"device\": {\"board\": ' ");
        }
        try (RunStore store = SqliteRunStore.open(file)) {
            assertThatThrownBy(() -> store.run(id)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("stored run context is damaged");
        }
    }

    private static Map<String, String> meta(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
