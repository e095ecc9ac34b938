package io.lightwaveos.bench.cli.command;

import static io.lightwaveos.bench.store.testing.LegacyDatabaseFixture.createTables;
import static io.lightwaveos.bench.store.testing.LegacyDatabaseFixture.inTimeOrder;
import static io.lightwaveos.bench.store.testing.LegacyDatabaseFixture.insertRun;
import static io.lightwaveos.bench.store.testing.LegacyDatabaseFixture.insertSamples;
import static io.lightwaveos.bench.store.testing.LegacyDatabaseFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.testing.LegacyDatabaseFixture.Row;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedDbImportTest {

    private static final UUID BASELINE = UUID.fromString("3f2b8c1e-5a4d-4e6f-9b7a-1c2d3e4f5a6b");
    private static final UUID CANDIDATE = UUID.fromString("7a1e2f3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");
    private static final UUID BROKEN = UUID.fromString("9c8b7a6f-5e4d-4c3b-8a1f-0e9d8c7b6a5f");

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    /** The Python tool's database with two good runs and, when asked, one with an out-of-range value. */
    private Path legacyDatabase(boolean withBrokenRun, List<Row> baselineRows) throws Exception {
        Path legacy = dir.resolve(withBrokenRun ? "broken.db" : "lwos_benchmark.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + legacy)) {
            c.setAutoCommit(false);
            createTables(c);
            insertRun(c, BASELINE.toString(), "baseline", "before the DSP change", "2025-01-15T10:30:00.123456",
                    "2025-01-15T10:31:00.000000", 59.9, "192.168.1.50", 50, "v2.1.0", 123456L, "nightly, esp32,");
            insertRun(c, CANDIDATE.toString(), "candidate", null, "2025-01-16T09:00:00+00:00",
                    "2025-01-16T09:01:00+00:00", 60, "lightwaveos.local", 30, null, null, null);
            insertSamples(c, BASELINE.toString(), baselineRows);
            insertSamples(c, CANDIDATE.toString(), rows(new Random(2), LocalDateTime.parse("2025-01-16T09:00:00.100000"),
                    30, true));
            if (withBrokenRun) {
                insertRun(c, BROKEN.toString(), "broken", "", "2025-01-17T09:00:00", "2025-01-17T09:01:00", 60.0,
                        "x", 10, null, null, "");
                List<Row> broken = rows(new Random(3), LocalDateTime.parse("2025-01-17T09:00:00.100000"), 10, false);
                broken.set(4, broken.get(4).withPeakTotal(70_000));
                insertSamples(c, BROKEN.toString(), broken);
            }
            c.commit();
        }
        return legacy;
    }

    @Test
    void importsEveryRunOfThePythonToolsDatabaseAndSkipsThemTheSecondTime() throws Exception {
        List<Row> baselineRows = rows(new Random(1), LocalDateTime.parse("2025-01-15T10:30:00.200000"), 50, false);
        Path legacy = legacyDatabase(false, baselineRows);

        CliRunner.Result r = CliRunner.run("--db", db(), "import", "--seed-db", legacy.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("imported  " + BASELINE + "  baseline").contains("candidate")
                .contains("2 imported, 0 already in the store, 0 failed.");
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            Run baseline = store.run(BASELINE);
            assertThat(baseline.sampleCount()).isEqualTo(50);
            assertThat(baseline.tags()).containsExactly("nightly", "esp32");
            assertThat(baseline.cachedStats().get("avg_total_us").get("n")).isEqualTo(50.0);
            List<Sample> samples = new ArrayList<>();
            store.forEachSample(BASELINE, samples::add);
            List<Row> ordered = inTimeOrder(baselineRows);
            for (int i = 0; i < ordered.size(); i++) {
                assertThat(samples.get(i).frame().avgTotalUs()).isEqualTo(ordered.get(i).avgTotal());
            }
        }
        CliRunner.Result again = CliRunner.run("--db", db(), "import", "--seed-db", legacy.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("skipped").contains("already in the store")
                .contains("0 imported, 2 already in the store, 0 failed.");
        CliRunner.Result shown = CliRunner.run("--db", db(), "compare", "baseline", "candidate");
        assertThat(shown.exitCode()).as(shown.toString()).isEqualTo(ExitCode.OK);
    }

    @Test
    void aBrokenRunIsReportedWithItsReasonTheOthersAreImportedAndTheExitCodeIsTwo() throws Exception {
        Path legacy = legacyDatabase(true, rows(new Random(1), LocalDateTime.parse("2025-01-15T10:30:00.200000"),
                50, false));
        CliRunner.Result r = CliRunner.run("--db", db(), "import", "--seed-db", legacy.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).contains("failed    " + BROKEN + "  broken").contains("70000")
                .contains("2 imported, 0 already in the store, 1 failed.");
        assertThat(r.err()).contains("1 run(s) of " + legacy + " could not be imported");
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            assertThat(store.listRuns(RunFilter.ALL)).extracting(Run::name).containsExactlyInAnyOrder("baseline", "candidate");
            assertThat(store.findRun(BROKEN)).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotThePythonToolsDatabaseIsRefused() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other)) {
            c.createStatement().execute("CREATE TABLE t (x)");
        }
        CliRunner.Result r = CliRunner.run("--db", db(), "import", "--seed-db", other.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("benchmark_runs");
        CliRunner.Result missing = CliRunner.run("--db", db(), "import", "--seed-db", dir.resolve("nope.db").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("nope.db does not exist");
        CliRunner.Result both = CliRunner.run("--db", db(), "import", "x.csv", "--seed-db", other.toString());
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
