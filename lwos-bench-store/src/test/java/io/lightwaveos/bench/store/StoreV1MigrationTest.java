package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.QualityReason;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.schema.Migrations;
import io.lightwaveos.bench.store.schema.SchemaMigrator;
import io.lightwaveos.bench.store.sqlite.SqliteRunStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written by lwos-bench 0.1.0 (schema version 1) opens, migrated in place, with nothing lost. */
class StoreV1MigrationTest {

    private static final UUID CLEAN = UUID.fromString("6bc49989-9b2a-4109-9192-b3164aa5a301");
    private static final UUID FAULTY = UUID.fromString("d9db3682-887f-46cc-b5ed-5939f74b6f02");
    private static final UUID PYTHON_ERA = UUID.fromString("3f2b8c1e-5a4d-4e6f-9b7a-1c2d3e4f5a6b");
    private static final UUID LONG = UUID.fromString("ca5418fb-8f82-48b0-a536-7ea275d06b64");

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void copyFixture() throws Exception {
        file = dir.resolve("bench.db");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/store-v1-0.1.0.db")) {
            Files.copy(in, file);
        }
        assertThat(userVersion(file)).isEqualTo(1);
    }

    @Test
    void openingMigratesTheFileInPlaceToTheCurrentVersion() throws Exception {
        try (RunStore store = SqliteRunStore.open(file)) {
            assertThat(store.listRuns(RunFilter.ALL)).hasSize(4);
        }
        assertThat(userVersion(file)).isEqualTo(Migrations.currentVersion());
        // A second open finds nothing to do and changes nothing.
        try (RunStore store = SqliteRunStore.open(file)) {
            assertThat(store.run(LONG).quality()).isEqualTo(RunQuality.CLEAN);
        }
    }

    @Test
    void runsKeepTheirRowsSamplesEventsAndStatistics() {
        try (RunStore store = SqliteRunStore.open(file)) {
            Run clean = store.run(CLEAN);
            assertThat(clean.name()).isEqualTo("clean");
            assertThat(clean.description()).isEqualTo("collected by 0.1.0");
            assertThat(clean.tags()).containsExactly("fixture");
            assertThat(clean.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(clean.sampleCount()).isEqualTo(40);
            assertThat(clean.cachedStats().get("avg_total_us").get("n")).isEqualTo(40.0);
            assertThat(store.events(CLEAN)).hasSize(3);

            Run faulty = store.run(FAULTY);
            assertThat(faulty.counters().gaps()).isEqualTo(5);
            assertThat(faulty.counters().reconnects()).isEqualTo(1);
            assertThat(faulty.counters().reboots()).isEqualTo(1);

            List<Sample> samples = new ArrayList<>();
            store.forEachSample(LONG, samples::add);
            assertThat(samples).hasSize(1500);
            assertThat(samples.get(1499).seq()).isEqualTo(1499);
            assertThat(store.column(LONG, Metric.AVG_TOTAL_US).values()).hasSize(1500);
        }
    }

    @Test
    void qualityIsAssessedFromWhatEachRunRecorded() {
        try (RunStore store = SqliteRunStore.open(file)) {
            // n_eff of avg_total_us: clean 2.0, faulty 2.8, python-era 28.4, long 34.2
            assertThat(store.run(CLEAN).quality()).isEqualTo(RunQuality.of(QualityReason.SHORT));
            assertThat(store.run(FAULTY).quality()).isEqualTo(RunQuality.of(QualityReason.GAPS, QualityReason.REBOOT,
                    QualityReason.RECONNECTS, QualityReason.SHORT));
            assertThat(store.run(PYTHON_ERA).quality()).isEqualTo(RunQuality.of(QualityReason.SHORT));
            assertThat(store.run(LONG).quality().isClean()).isTrue();
            // The SQL of the migration and RunQuality.assess agree on every run.
            for (Run run : store.listRuns(RunFilter.ALL)) {
                assertThat(run.quality()).as(run.name()).isEqualTo(RunQuality.assess(run.status(), run.counters(),
                        store.events(run.id()).stream().map(e -> e.type()).toList(), run.cachedStats()));
            }
        }
    }

    @Test
    void thePythonToolsFirmwareVersionBecomesTheContextsFirmware() {
        try (RunStore store = SqliteRunStore.open(file)) {
            assertThat(store.run(PYTHON_ERA).context().device().firmware()).isEqualTo("v2.1.0");
            assertThat(store.run(CLEAN).context()).isEqualTo(RunContext.EMPTY);
            assertThat(store.listRuns(RunFilter.ALL.withFirmware("v2.1.0"))).extracting(Run::id)
                    .containsExactly(PYTHON_ERA);
        }
    }

    @Test
    void migratedRunsTakeNewContextLikeNewOnes() {
        try (RunStore store = SqliteRunStore.open(file)) {
            store.updateContext(CLEAN, RunContext.EMPTY.withRig("bench-1"));
            assertThat(store.run(CLEAN).context().rig()).isEqualTo("bench-1");
            assertThat(store.listRuns(RunFilter.ALL.withRig("bench-1"))).extracting(Run::id).containsExactly(CLEAN);
        }
    }

    private static int userVersion(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return SchemaMigrator.userVersion(c);
        }
    }
}
