package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.SampleCsv;
import io.lightwaveos.bench.cli.StoredRuns;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.SampleWriter;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --all --format archive} and archive {@code import}; duplicate sample files. */
class ArchiveCommandTest {

    @TempDir
    Path dir;

    private String db(String name) {
        return dir.resolve(name).toString();
    }

    /** Two finished runs (tagged, with a rig each) in {@code source.db}. */
    private Run[] twoRuns() {
        Path source = dir.resolve("source.db");
        Run a = StoredRuns.write(source, NewRun.named("alpha").withTags(List.of("nightly"))
                .withStartedAt(Instant.parse("2026-11-20T09:00:00Z"))
                .withContext(RunContext.EMPTY.withRig("bench-1")), TestSamples.synthetic(1, 0, 300, 10));
        Run b = StoredRuns.write(source, NewRun.named("beta").withTags(List.of("nightly", "wifi"))
                .withStartedAt(Instant.parse("2026-11-20T10:00:00Z"))
                .withContext(RunContext.EMPTY.withRig("bench-2")), TestSamples.synthetic(2, 0, 200, 10));
        return new Run[] {a, b};
    }

    @Test
    void aRunStillBeingCollectedIsLeftOutWithANote() throws Exception {
        Run[] runs = twoRuns();
        try (RunStore store = RunStores.open(db("source.db"))) {
            Run live = store.createRun(NewRun.named("live").withStartedAt(Instant.parse("2026-11-20T11:00:00Z")));
            try (SampleWriter w = store.openWriter(live.id())) {
                TestSamples.synthetic(3, 0, 20, 0).forEach(w::append);
                w.flush();
                CliRunner.Result export = CliRunner.run("--db", db("source.db"), "export", "--all");
                assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCode.OK);
                assertThat(export.err()).contains("Left out run " + live.id() + " (\"live\"): still RUNNING; export it"
                        + " when it has ended").contains("Wrote 2 run(s) to standard output as an archive");
                assertThat(export.out().lines().toList()).hasSize(3).first()
                        .isEqualTo("{\"schema\": \"lwos-bench/archive/v1\", \"runs\": 2}");
                assertThat(export.out()).contains(runs[0].id().toString(), runs[1].id().toString())
                        .doesNotContain(live.id().toString());
            }
        }
    }

    @Test
    void anArchiveMovesRunsToAnotherStoreKeepingIdsAndImportingAgainChangesNothing() throws Exception {
        Run[] runs = twoRuns();
        Path archive = dir.resolve("team-history.txt");
        CliRunner.Result export = CliRunner.run("--db", db("source.db"), "export", "--all", "-o", archive.toString());
        assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCode.OK);
        assertThat(export.err()).isEqualTo("Wrote 2 run(s) to " + archive + " as an archive\n");
        List<String> lines = Files.readAllLines(archive);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("{\"schema\": \"lwos-bench/archive/v1\", \"runs\": 2}");
        assertThat(lines.get(1)).contains("\"id\":\"" + runs[0].id() + "\"");

        CliRunner.Result imported = CliRunner.run("--db", db("target.db"), "import", archive.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(ExitCode.OK);
        assertThat(imported.out()).isEqualTo("imported " + runs[0].id() + " \"alpha\" (300 samples)\n"
                + "imported " + runs[1].id() + " \"beta\" (200 samples)\n"
                + "2 imported, 0 already present.\n");

        CliRunner.Result again = CliRunner.run("--db", db("target.db"), "import", archive.toString(), "--format", "archive");
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).endsWith("0 imported, 2 already present.\n")
                .contains("skipped  " + runs[1].id() + " \"beta\": already in the store");

        CliRunner.Result back = CliRunner.run("--db", db("target.db"), "export", "--all");
        assertThat(back.exitCode()).as(back.toString()).isEqualTo(ExitCode.OK);
        assertThat(back.out()).isEqualTo(Files.readString(archive, StandardCharsets.UTF_8));

        CliRunner.Result fromStdin = CliRunner.runWithInput(back.out(), "--db", db("third.db"), "import", "-");
        assertThat(fromStdin.exitCode()).as(fromStdin.toString()).isEqualTo(ExitCode.OK);
        assertThat(fromStdin.out()).endsWith("2 imported, 0 already present.\n");
    }

    @Test
    void exportAllTakesTheFiltersOfListRuns() throws Exception {
        twoRuns();
        CliRunner.Result wifi = CliRunner.run("--db", db("source.db"), "export", "--all", "--tags", "wifi");
        assertThat(wifi.exitCode()).as(wifi.toString()).isEqualTo(ExitCode.OK);
        assertThat(wifi.out().lines()).hasSize(2).first().isEqualTo("{\"schema\": \"lwos-bench/archive/v1\", \"runs\": 1}");
        assertThat(wifi.out()).contains("\"name\":\"beta\"").doesNotContain("\"name\":\"alpha\"");
        CliRunner.Result rig = CliRunner.run("--db", db("source.db"), "export", "--all", "--rig", "bench-1",
                "--status", "complete", "--format", "archive");
        assertThat(rig.out()).contains("\"name\":\"alpha\"").doesNotContain("\"name\":\"beta\"");
        CliRunner.Result none = CliRunner.run("--db", db("source.db"), "export", "--all", "--name", "zeta");
        assertThat(none.out()).isEqualTo("{\"schema\": \"lwos-bench/archive/v1\", \"runs\": 0}\n");
    }

    @Test
    void aTruncatedArchiveExitsTwoNamingFileAndLineAndImportsNothing() throws Exception {
        twoRuns();
        Path archive = dir.resolve("cut.jsonl");
        assertThat(CliRunner.run("--db", db("source.db"), "export", "--all", "-o", archive.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(archive);
        Files.writeString(archive, lines.get(0) + "\n" + lines.get(1) + "\n");

        CliRunner.Result r = CliRunner.run("--db", db("target.db"), "import", archive.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("lwos-bench: cannot import " + archive + ": line 3: the archive ends after 1 of"
                + " the 2 runs its header announces: it is truncated; nothing was imported\n");
        try (RunStore store = RunStores.open(db("target.db"))) {
            assertThat(store.listRuns(RunFilter.ALL)).isEmpty();
        }
    }

    @Test
    void optionsThatDoNotFitAreUsageErrors() throws Exception {
        twoRuns();
        assertThat(CliRunner.run("--db", db("source.db"), "export", "--all", "--format", "csv").err())
                .contains("--all writes an archive: use --format archive");
        assertThat(CliRunner.run("--db", db("source.db"), "export", "alpha", "--format", "archive").err())
                .contains("--format archive holds many runs: select them with --all");
        assertThat(CliRunner.run("--db", db("source.db"), "export", "alpha", "--tags", "x").err())
                .contains("select runs for --all, not for one RUN");
        assertThat(CliRunner.run("--db", db("source.db"), "export").err())
                .contains("name one run to export, or give --all");
        Path archive = dir.resolve("a.jsonl");
        assertThat(CliRunner.run("--db", db("source.db"), "export", "--all", "-o", archive.toString()).exitCode()).isZero();
        CliRunner.Result renamed = CliRunner.run("--db", db("target.db"), "import", archive.toString(), "--run-name", "x");
        assertThat(renamed.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(renamed.err()).contains("apply to a sample file, not to an archive");
        for (String[] args : List.of(new String[] {"export", "--all", "--format", "csv"},
                new String[] {"export", "alpha", "--format", "archive"}, new String[] {"export"})) {
            String[] full = new String[args.length + 2];
            full[0] = "--db";
            full[1] = db("source.db");
            System.arraycopy(args, 0, full, 2, args.length);
            assertThat(CliRunner.run(full).exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
        }
    }

    @Test
    void importingTheSameSampleFileTwiceIsRefusedUnlessAllowed() throws Exception {
        Path csv = dir.resolve("night.csv");
        Files.writeString(csv, SampleCsv.synthetic(50, 150, 7));
        CliRunner.Result first = CliRunner.run("--db", db("bench.db"), "import", csv.toString());
        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCode.OK);
        String id;
        try (RunStore store = RunStores.open(db("bench.db"))) {
            id = store.listRuns(RunFilter.ALL).get(0).id().toString();
        }

        CliRunner.Result second = CliRunner.run("--db", db("bench.db"), "import", csv.toString(), "--run-name", "other");
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(second.err()).startsWith("lwos-bench: cannot import " + csv + ": the store already has its samples as run "
                + id + " (\"night\", ").endsWith("); nothing was imported. To import it again as another run, add"
                + " --allow-duplicate\n");
        assertThat(second.out()).isEmpty();

        CliRunner.Result forced = CliRunner.run("--db", db("bench.db"), "import", csv.toString(), "--allow-duplicate");
        assertThat(forced.exitCode()).as(forced.toString()).isEqualTo(ExitCode.OK);
        try (RunStore store = RunStores.open(db("bench.db"))) {
            assertThat(store.listRuns(RunFilter.ALL)).hasSize(2);
        }
    }
}
