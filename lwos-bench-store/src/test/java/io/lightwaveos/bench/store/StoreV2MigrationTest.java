package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.QualityReason;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.schema.Migrations;
import io.lightwaveos.bench.store.schema.SchemaMigrator;
import io.lightwaveos.bench.store.sqlite.SqliteRunStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by main at cc884f8 (schema version 2, before measures; see
 * {@code fixtures/README.md}) opens, migrated in place to the current version, reads every run as
 * that release did, and takes measures like a new store.
 */
class StoreV2MigrationTest {

    private static final UUID CLEAN = UUID.fromString("cb36aa0e-d0ef-4e6b-97da-b18a425ebb2f");
    private static final UUID FAULTY = UUID.fromString("8c627522-e337-4d90-91af-d485971ee740");
    private static final UUID IMPORTED = UUID.fromString("c6171d7c-2547-49ad-b52b-68d308fbb13d");

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void copyFixture() throws Exception {
        file = dir.resolve("bench.db");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/store-v2-cc884f8.db")) {
            Files.copy(in, file);
        }
        assertThat(userVersion(file)).isEqualTo(2);
    }

    @Test
    void openingMigratesTheFileInPlaceAndASecondOpenFindsNothingToDo() throws Exception {
        try (RunStore store = SqliteRunStore.open(file)) {
            assertThat(store.listRuns(RunFilter.ALL)).extracting(Run::name)
                    .containsExactly("faulty", "imported-csv", "clean");
        }
        assertThat(userVersion(file)).isEqualTo(Migrations.currentVersion()).isGreaterThanOrEqualTo(3);
        try (RunStore store = SqliteRunStore.open(file)) {
            assertThat(store.run(CLEAN).name()).isEqualTo("clean");
        }
        assertThat(userVersion(file)).isEqualTo(Migrations.currentVersion());
    }

    @Test
    void runsKeepTheirRowsContextQualityAndEvents() {
        try (RunStore store = SqliteRunStore.open(file)) {
            Run clean = store.run(CLEAN);
            assertThat(clean.description()).isEqualTo("collected by main at cc884f8 (schema 2)");
            assertThat(clean.tags()).containsExactly("fixture");
            assertThat(clean.source()).isEqualTo("simulator");
            assertThat(clean.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(clean.sampleCount()).isEqualTo(40);
            assertThat(clean.context().rig()).isEqualTo("bench-1");
            assertThat(clean.context().vcs().branch()).isEqualTo("main");
            assertThat(clean.context().vcs().commit()).isEqualTo("5f0c2a9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39");
            assertThat(clean.context().device().firmware()).isEqualTo("v3.1.0");
            assertThat(clean.context().workload().effectName()).isEqualTo("Ripple");
            assertThat(clean.context().meta()).containsExactly(Map.entry("board", "rev-b"));
            assertThat(clean.quality()).isEqualTo(RunQuality.of(QualityReason.SHORT));
            assertThat(store.events(CLEAN)).extracting(RunEvent::type)
                    .containsExactly(EventType.CONNECTED, EventType.SUBSCRIBED, EventType.STOPPED);

            Run faulty = store.run(FAULTY);
            assertThat(faulty.counters().gaps()).isEqualTo(5);
            assertThat(faulty.counters().reconnects()).isEqualTo(1);
            assertThat(faulty.counters().reboots()).isEqualTo(1);
            assertThat(faulty.quality()).isEqualTo(RunQuality.of(QualityReason.GAPS, QualityReason.REBOOT,
                    QualityReason.RECONNECTS, QualityReason.SHORT));
            assertThat(store.events(FAULTY)).hasSize(9);

            Run imported = store.run(IMPORTED);
            assertThat(imported.source()).isEqualTo("import:clean.csv");
            assertThat(imported.context().vcs().branch()).isEqualTo("feature/x");
            assertThat(store.listRuns(RunFilter.ALL.withRig("bench-1"))).extracting(Run::id)
                    .containsExactly(IMPORTED, CLEAN);
            for (Run run : store.listRuns(RunFilter.ALL)) {
                assertThat(store.measures(run.id())).as(run.name()).isEqualTo(MeasureSet.empty());
            }
            assertThat(store.measureCounts(RunFilter.ALL)).isEmpty();
        }
    }

    /** The statistics that release cached agree with the samples read now: the samples are unchanged. */
    @Test
    void samplesReadAsTheReleaseThatWroteThemSawThem() {
        try (RunStore store = SqliteRunStore.open(file)) {
            for (Run run : store.listRuns(RunFilter.ALL)) {
                double[] values = store.column(run.id(), Metric.AVG_TOTAL_US).values();
                Map<String, Double> cached = run.cachedStats().get(Metric.AVG_TOTAL_US.id());
                assertThat((double) values.length).as(run.name()).isEqualTo(cached.get("n"));
                assertThat(Arrays.stream(values).min().orElseThrow()).isEqualTo(cached.get("min"));
                assertThat(Arrays.stream(values).max().orElseThrow()).isEqualTo(cached.get("max"));
                assertThat(values.length).isEqualTo((int) run.sampleCount());
            }
            assertThat(store.column(CLEAN, Metric.AVG_TOTAL_US).values())
                    .as("the imported run holds the clean run's samples, as exported to CSV and imported again")
                    .containsExactly(store.column(IMPORTED, Metric.AVG_TOTAL_US).values());
        }
    }

    @Test
    void migratedRunsTakeMeasuresLikeNewOnes() throws Exception {
        try (RunStore store = SqliteRunStore.open(file)) {
            MeasureSet measures = MeasureSet.builder("native")
                    .record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER).build();
            store.saveMeasures(CLEAN, measures);
            assertThat(store.measures(CLEAN)).isEqualTo(measures);
            assertThat(store.run(CLEAN).quality()).as("a run with samples stays assessed on them")
                    .isEqualTo(RunQuality.of(QualityReason.SHORT));
            assertThat(store.measureHistory(RunFilter.ALL, MeasureRef.parse("latency_ms")))
                    .extracting(RunMeasure::id).containsExactly(CLEAN);
            assertThat(store.measureCounts(RunFilter.ALL)).containsOnly(Map.entry(CLEAN, 1));
            assertThat(store.deleteRun(CLEAN)).isTrue();
        }
        assertThat(tables(file)).contains("run_measures");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM run_measures")) {
            rs.next();
            assertThat(rs.getInt(1)).as("deleted with their run").isZero();
        }
    }

    private static List<String> tables(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    private static int userVersion(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return SchemaMigrator.userVersion(c);
        }
    }
}
