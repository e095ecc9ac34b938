package io.lightwaveos.bench.store.legacy;

import static io.lightwaveos.bench.store.testing.LegacyDatabaseFixture.createTables;
import static io.lightwaveos.bench.store.testing.LegacyDatabaseFixture.inTimeOrder;
import static io.lightwaveos.bench.store.testing.LegacyDatabaseFixture.insertRun;
import static io.lightwaveos.bench.store.testing.LegacyDatabaseFixture.insertSamples;
import static io.lightwaveos.bench.store.testing.LegacyDatabaseFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.sqlite.SqliteRunStore;
import io.lightwaveos.bench.store.testing.LegacyDatabaseFixture.Row;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyImporterTest {

    private static final UUID BASELINE = UUID.fromString("3f2b8c1e-5a4d-4e6f-9b7a-1c2d3e4f5a6b");
    private static final UUID BASELINE_AGAIN = UUID.fromString("7a1e2f3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");
    private static final UUID BROKEN = UUID.fromString("9c8b7a6f-5e4d-4c3b-8a1f-0e9d8c7b6a5f");
    private static final UUID EMPTY = UUID.fromString("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e");

    @TempDir
    Path dir;
    Path legacy;
    List<Row> baselineRows;
    List<Row> againRows;
    int badSampleOrdinal;

    @BeforeEach
    void buildFixture() throws Exception {
        legacy = dir.resolve("lwos_benchmark.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + legacy)) {
            c.setAutoCommit(false);
            createTables(c);
            insertRun(c, BASELINE.toString(), "baseline", "before the DSP change", "2025-01-15T10:30:00.123456",
                    "2025-01-15T10:31:00.000000", 59.9, "192.168.1.50", 50, "v2.1.0", 123456L, "nightly, esp32,");
            insertRun(c, BASELINE_AGAIN.toString(), "baseline", null, "2025-01-16T09:00:00+00:00", null, 12.5,
                    "lightwaveos.local", 30, null, null, null);
            insertRun(c, BROKEN.toString(), "broken", "", "2025-01-17T09:00:00", "2025-01-17T09:01:00", 60.0,
                    "x", 10, null, null, "bad");
            insertRun(c, "run-7", "old id", "", "2025-01-18T09:00:00", "2025-01-18T09:01:00", 60.0, "x", 0, null,
                    null, null);
            insertRun(c, EMPTY.toString(), "no samples", "", "2025-01-19 09:00:00", "2025-01-19 09:00:05", 5.0,
                    "x", 0, null, null, "");

            baselineRows = rows(new Random(1), LocalDateTime.parse("2025-01-15T10:30:00.200000"), 50, false);
            againRows = rows(new Random(2), LocalDateTime.parse("2025-01-16T09:00:00.100000"), 30, true);
            List<Row> brokenRows = rows(new Random(3), LocalDateTime.parse("2025-01-17T09:00:00.100000"), 10, false);
            Row bad = brokenRows.get(6);
            brokenRows.set(6, bad.withPeakTotal(70_000));
            badSampleOrdinal = inTimeOrder(brokenRows).indexOf(brokenRows.get(6)) + 1;
            insertSamples(c, BASELINE.toString(), baselineRows);
            insertSamples(c, BASELINE_AGAIN.toString(), againRows);
            insertSamples(c, BROKEN.toString(), brokenRows);
            c.commit();
        }
    }

    @Test
    void importsRunsWithTheirIdsNamesTagsTimesAndSamplesInTimestampOrder() {
        try (RunStore store = SqliteRunStore.open(dir.resolve("store.db"))) {
            LegacyImportReport report = new LegacyImporter(store).importFrom(legacy);

            assertThat(report.imported()).extracting(LegacyImportReport.Entry::name)
                    .containsExactly("baseline", "baseline", "no samples");
            assertThat(report.imported()).extracting(LegacyImportReport.Entry::sampleCount).containsExactly(50L, 30L, 0L);
            assertThat(report.skipped()).isEmpty();
            assertThat(report.failed()).extracting(LegacyImportReport.Entry::name).containsExactly("broken", "old id");
            assertThat(report.failed().get(0).detail()).contains("sample " + badSampleOrdinal + " (")
                    .contains("peakTotalUs").contains("70000");
            assertThat(report.failed().get(1).detail()).contains("UUID").contains("run-7");
            assertThat(report.isClean()).isFalse();

            Run baseline = store.run(BASELINE);
            assertThat(baseline.name()).isEqualTo("baseline");
            assertThat(baseline.description()).isEqualTo("before the DSP change");
            assertThat(baseline.tags()).containsExactly("nightly", "esp32");
            assertThat(baseline.source()).isEqualTo("192.168.1.50");
            assertThat(baseline.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(baseline.startedAt()).isEqualTo(Instant.parse("2025-01-15T10:30:00.123456Z"));
            assertThat(baseline.endedAt()).isEqualTo(Instant.parse("2025-01-15T10:31:00Z"));
            assertThat(baseline.sampleCount()).isEqualTo(50);
            assertThat(baseline.context().device().firmware()).as("firmware_version").isEqualTo("v2.1.0");
            assertThat(store.listRuns(RunFilter.ALL.withFirmware("v2.1.0"))).extracting(Run::id).containsExactly(BASELINE);
            assertThat(store.events(BASELINE)).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(EventType.DEVICE_MESSAGE);
                assertThat(e.detail()).contains("firmware v2.1.0").contains("123456 ms");
            });
            assertSamples(store, BASELINE, baselineRows);

            Run again = store.run(BASELINE_AGAIN);
            assertThat(again.context().device().firmware()).isNull();
            assertThat(again.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(again.tags()).isEmpty();
            assertThat(again.endedAt()).isEqualTo(Instant.parse("2025-01-16T09:00:12.500Z"));
            assertSamples(store, BASELINE_AGAIN, againRows);
            assertThat(store.resolve("baseline").id()).isEqualTo(BASELINE_AGAIN);

            Run empty = store.run(EMPTY);
            assertThat(empty.startedAt()).isEqualTo(Instant.parse("2025-01-19T09:00:00Z"));
            assertThat(empty.sampleCount()).isZero();
            assertThat(store.findRun(BROKEN)).isEmpty();
        }
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        try (RunStore store = SqliteRunStore.open(dir.resolve("twice.db"))) {
            new LegacyImporter(store).importFrom(legacy);
            List<Run> before = store.listRuns(RunFilter.ALL);
            LegacyImportReport second = new LegacyImporter(store).importFrom(legacy);
            assertThat(second.imported()).isEmpty();
            assertThat(second.skipped()).extracting(LegacyImportReport.Entry::id)
                    .containsExactly(BASELINE, BASELINE_AGAIN, EMPTY);
            assertThat(second.skipped()).allSatisfy(e -> assertThat(e.detail()).isEqualTo("already in the store"));
            assertThat(store.listRuns(RunFilter.ALL)).isEqualTo(before);
            assertThat(store.sampleCount(BASELINE)).isEqualTo(50);
        }
    }

    @Test
    void fileWithoutTheToolsTablesIsRefusedAndNothingIsImported() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE benchmark_runs (id TEXT, name TEXT, started_at TEXT)");
            st.execute("CREATE TABLE benchmark_samples (id TEXT, run_id TEXT, timestamp_utc TEXT)");
        }
        try (RunStore store = SqliteRunStore.open(dir.resolve("s.db"))) {
            assertThatThrownBy(() -> new LegacyImporter(store).importFrom(other))
                    .isInstanceOf(StoreException.class)
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID)
                    .hasMessageContaining("benchmark_samples").hasMessageContaining("avg_total_us");
            assertThatThrownBy(() -> new LegacyImporter(store).importFrom(dir.resolve("missing.db")))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID)
                    .hasMessageContaining("no such file");
            assertThatThrownBy(() -> new LegacyImporter(store).importFrom(dir.resolve("s.db")))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID)
                    .hasMessageContaining("benchmark_runs");
            assertThat(store.listRuns(RunFilter.ALL)).isEmpty();
        }
    }

    private static void assertSamples(RunStore store, UUID id, List<Row> rows) {
        List<Row> ordered = inTimeOrder(rows);
        List<Sample> samples = new ArrayList<>();
        store.forEachSample(id, samples::add);
        assertThat(samples).hasSize(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            Row row = ordered.get(i);
            Sample s = samples.get(i);
            assertThat(s.seq()).isEqualTo(i);
            assertThat(s.receivedAt()).isEqualTo(io.lightwaveos.bench.store.legacy.LegacyTimes.parse(row.timestampUtc()));
            assertThat(s.frame().timestampMs()).isEqualTo(row.timestampMs());
            assertThat(Float.floatToRawIntBits(s.frame().avgTotalUs())).isEqualTo(Float.floatToRawIntBits(row.avgTotal()));
            assertThat(Float.floatToRawIntBits(s.frame().avgGoertzelUs())).isEqualTo(Float.floatToRawIntBits(row.avgGoertzel()));
            assertThat(Float.floatToRawIntBits(s.frame().cpuLoadPercent())).isEqualTo(Float.floatToRawIntBits(row.cpu()));
            assertThat(s.frame().peakTotalUs()).isEqualTo(row.peakTotal());
            assertThat(s.frame().peakGoertzelUs()).isEqualTo(row.peakGoertzel());
            assertThat(s.frame().hopCount()).isEqualTo(row.hops());
            assertThat(s.frame().goertzelCount()).isEqualTo(row.goertzelCount());
            assertThat(s.frame().flags().raw()).isEqualTo(row.flags());
            assertThat(s.frame().isExtended()).isFalse();
        }
        assertThat(store.column(id, Metric.AVG_DC_AGC_US).size()).isZero();
    }
}
