package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.SampleCsv;
import io.lightwaveos.bench.cli.StoredRuns;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.testing.PostgresFixture;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives and duplicate sample files on a team store (PostgreSQL): the same behaviour as on SQLite. */
class ArchivePostgresCliTest {

    @TempDir
    Path dir;

    PostgresFixture team;

    @BeforeEach
    void teamStore() {
        team = PostgresFixture.create();
    }

    @AfterEach
    void drop() {
        if (team != null) { // null when the test was skipped for want of a server
            team.close();
        }
    }

    private Path archiveOfTwoLocalRuns() {
        Path local = dir.resolve("local.db");
        StoredRuns.write(local, NewRun.named("alpha").withTags(List.of("nightly"))
                .withStartedAt(Instant.parse("2026-11-20T09:00:00.000001Z"))
                .withContext(RunContext.EMPTY.withRig("bench-1").withMeta(java.util.Map.of("op", "ana"))),
                TestSamples.synthetic(1, 0, 300, 10));
        StoredRuns.write(local, NewRun.named("beta").withStartedAt(Instant.parse("2026-11-20T10:00:00Z")),
                TestSamples.synthetic(2, 0, 200, 10));
        Path archive = dir.resolve("history.archive");
        CliRunner.Result export = CliRunner.run("--db", local.toString(), "export", "--all", "-o", archive.toString());
        assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCode.OK);
        return archive;
    }

    @Test
    void anArchiveImportsIntoTheTeamStoreOnceAndExportsFromThereByteIdentical() throws Exception {
        Path archive = archiveOfTwoLocalRuns();
        CliRunner.Result imported = CliRunner.run("--db", team.location(), "import", archive.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(ExitCode.OK);
        assertThat(imported.out()).endsWith("2 imported, 0 already present.\n");
        CliRunner.Result again = CliRunner.run("--db", team.location(), "import", archive.toString());
        assertThat(again.out()).endsWith("0 imported, 2 already present.\n");

        CliRunner.Result back = CliRunner.run("--db", team.location(), "export", "--all");
        assertThat(back.exitCode()).as(back.toString()).isEqualTo(ExitCode.OK);
        assertThat(back.out()).isEqualTo(Files.readString(archive));
    }

    @Test
    void aBadValueInTheLastRunImportsNothingIntoTheTeamStore() throws Exception {
        Path archive = archiveOfTwoLocalRuns();
        List<String> lines = Files.readAllLines(archive);
        Files.writeString(archive, lines.get(0) + "\n" + lines.get(1) + "\n"
                + lines.get(2).replace("\"status\":\"COMPLETE\"", "\"status\":\"DONE\"") + "\n");
        CliRunner.Result r = CliRunner.run("--db", team.location(), "import", archive.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("lwos-bench: cannot import " + archive + ": line 3: run.status: ")
                .endsWith("; nothing was imported\n");
        try (RunStore store = team.open()) {
            assertThat(store.listRuns(RunFilter.ALL)).isEmpty();
        }
    }

    @Test
    void theSameSampleFileTwiceIsRefusedOnTheTeamStoreToo() throws Exception {
        Path csv = dir.resolve("night.csv");
        Files.writeString(csv, SampleCsv.synthetic(80, 150, 3));
        assertThat(CliRunner.run("--db", team.location(), "import", csv.toString()).exitCode()).isEqualTo(ExitCode.OK);
        CliRunner.Result twice = CliRunner.run("--db", team.location(), "import", csv.toString());
        assertThat(twice.exitCode()).as(twice.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(twice.err()).contains("the store already has its samples as run ").contains("--allow-duplicate");
        assertThat(CliRunner.run("--db", team.location(), "import", csv.toString(), "--allow-duplicate").exitCode())
                .isEqualTo(ExitCode.OK);
        try (RunStore store = team.open()) {
            assertThat(store.listRuns(RunFilter.ALL)).hasSize(2);
        }
    }
}
