package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.StoredRuns;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.testing.PostgresFixture;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Imports and pushes must behave the same on both stores (SQLite and PostgreSQL): text with a NUL
 * character, a run whose id the store has with other content, two imports of the same runs at once.
 */
class ImportIntegrityTest {

    @TempDir
    Path dir;

    final List<PostgresFixture> teams = new ArrayList<>();

    @AfterEach
    void drop() {
        teams.forEach(PostgresFixture::close);
    }

    /** A new, empty store of {@code engine}: an SQLite path (not created yet) or a PostgreSQL schema. */
    private String newStore(String engine) {
        if (engine.equals("sqlite")) {
            return dir.resolve("target-" + teams.size() + "-" + System.nanoTime() + ".db").toString();
        }
        PostgresFixture team = PostgresFixture.create();
        teams.add(team);
        return team.location();
    }

    /** A failed command leaves no new SQLite file behind. */
    private static void assertNoFileCreated(String engine, String location) {
        if (engine.equals("sqlite")) {
            assertThat(Path.of(location)).doesNotExist();
        }
    }

    private static List<Run> runsIn(String location) {
        if (!location.startsWith("postgresql:") && !Files.exists(Path.of(location))) {
            return List.of();
        }
        try (RunStore store = RunStores.open(location)) {
            return store.listRuns(RunFilter.ALL);
        }
    }

    /** Local runs alpha, beta (and gamma when {@code three}), each with a rig. */
    private List<Run> localRuns(boolean three) {
        Path local = dir.resolve("local.db");
        List<Run> runs = new ArrayList<>();
        String[] names = three ? new String[] {"alpha", "beta", "gamma"} : new String[] {"alpha", "beta"};
        for (int i = 0; i < names.length; i++) {
            runs.add(StoredRuns.write(local, NewRun.named(names[i])
                    .withStartedAt(Instant.parse("2026-11-20T09:00:00Z").plusSeconds(3600L * i))
                    .withContext(RunContext.EMPTY.withRig("bench-" + (i + 1))),
                    TestSamples.synthetic(i + 1, 0, 2_000, 10)));
        }
        return runs;
    }

    private Path exportAll(String name) {
        Path archive = dir.resolve(name);
        CliRunner.Result export = CliRunner.run("--db", dir.resolve("local.db").toString(), "export", "--all", "-o",
                archive.toString());
        assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCode.OK);
        return archive;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aNulInTheThirdRunOfAnArchiveIsRefusedNamingRunAndFieldAndNothingIsImported(String engine) throws Exception {
        List<Run> runs = localRuns(true);
        Path archive = exportAll("nul.archive");
        List<String> lines = Files.readAllLines(archive);
        assertThat(lines.get(3)).contains("\"rig\":\"bench-3\"");
        lines.set(3, lines.get(3).replace("\"rig\":\"bench-3\"", "\"rig\":\"bench\\u00003\""));
        Files.write(archive, lines);
        String store = newStore(engine);

        CliRunner.Result r = CliRunner.run("--db", store, "import", archive.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("lwos-bench: cannot import " + archive + ": line 4: run " + runs.get(2).id()
                + ": run.context.rig: expected text without NUL characters (U+0000), got \"bench\\x003\" (NUL at"
                + " character 6); no store keeps one; nothing was imported\n");
        assertThat(runsIn(store)).isEmpty();
        assertNoFileCreated(engine, store);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aNulInAJsonExportIsRefusedNamingRunAndFieldAndNothingIsImported(String engine) throws Exception {
        List<Run> runs = localRuns(false);
        Path json = dir.resolve("alpha.json");
        CliRunner.Result export = CliRunner.run("--db", dir.resolve("local.db").toString(), "export", "alpha",
                "--format", "json", "-o", json.toString());
        assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCode.OK);
        String text = Files.readString(json);
        assertThat(text).contains("\"description\":\"\"");
        Files.writeString(json, text.replace("\"description\":\"\"", "\"description\":\"a\\u0000\""));
        String store = newStore(engine);

        CliRunner.Result r = CliRunner.run("--db", store, "import", json.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("lwos-bench: cannot import " + json + ": line ")
                .contains(": run " + runs.get(0).id() + ": run.description: expected text without NUL characters"
                        + " (U+0000), got \"a\\x00\" (NUL at character 2)")
                .endsWith("; nothing was imported\n");
        assertThat(runsIn(store)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aDeviceReportingANulInItsFirmwareIsCollectedWithAReplacementCharacter(String engine) {
        String store = newStore(engine);
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(200)
                .firmware("x\u0000y").build())) {
            CliRunner.Result r = CliRunner.run("--db", store, "collect", "--url", device.url(), "--run-name", "nul",
                    "--max-samples", "40");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        }
        List<Run> runs = runsIn(store);
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(run.sampleCount()).isEqualTo(40);
            assertThat(run.context().device().firmware()).isEqualTo("x\uFFFDy");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void pushRefusesARunHoldingANulBeforeCopyingAnything(String engine) throws Exception {
        List<Run> runs = localRuns(false);
        // A store an older version wrote: SQLite took a NUL then.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("local.db"));
                Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE runs SET description = 'one' || char(0) || 'two' WHERE name = 'beta'");
        }
        String store = newStore(engine);

        CliRunner.Result r = CliRunner.run("--db", dir.resolve("local.db").toString(), "push", "--all", "--to", store);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("lwos-bench: cannot copy run " + runs.get(1).id() + " (\"beta\"): description:"
                + " expected text without NUL characters (U+0000), got \"one\\x00two\" (NUL at character 4); nothing"
                + " was copied (copy the other runs by name)\n");
        assertThat(runsIn(store)).isEmpty();
        assertNoFileCreated(engine, store);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void anArchiveRunStoredWithOtherContentIsNamedAndRefusesTheArchiveUnlessSkipped(String engine) throws Exception {
        localRuns(false);
        String store = newStore(engine);
        CliRunner.Result first = CliRunner.run("--db", store, "import", exportAll("two.archive").toString());
        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCode.OK);
        StoredRuns.write(dir.resolve("local.db"), NewRun.named("gamma")
                .withStartedAt(Instant.parse("2026-11-21T09:00:00Z")), TestSamples.synthetic(7, 0, 100, 0));
        Path archive = exportAll("three.archive");
        List<String> lines = Files.readAllLines(archive);
        lines.set(2, lines.get(2).replace("\"name\":\"beta\"", "\"name\":\"beta-2\""));
        Files.write(archive, lines);
        Run beta = runsIn(store).stream().filter(r -> r.name().equals("beta")).findFirst().orElseThrow();

        CliRunner.Result refused = CliRunner.run("--db", store, "import", archive.toString());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).isEqualTo("lwos-bench: cannot import " + archive + ": line 3: run " + beta.id()
                + " (\"beta-2\") is in the store already with other content (name: \"beta-2\" in the archive, \"beta\""
                + " in the store); nothing was imported. To import the other runs and leave this one as it is, add"
                + " --skip-conflicts\n");
        assertThat(runsIn(store)).extracting(Run::name).containsExactlyInAnyOrder("alpha", "beta");

        CliRunner.Result skipped = CliRunner.run("--db", store, "import", archive.toString(), "--skip-conflicts");

        assertThat(skipped.exitCode()).as(skipped.toString()).isEqualTo(ExitCode.OK);
        assertThat(skipped.out()).contains("skipped  " + beta.id() + " \"beta\": in the store with other content (name:"
                + " \"beta-2\" in the archive, \"beta\" in the store); left as it is\n")
                .endsWith("1 imported, 1 already present, 1 conflicting (skipped).\n");
        assertThat(runsIn(store)).extracting(Run::name).containsExactlyInAnyOrder("alpha", "beta", "gamma");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void twoImportsOfTheSameArchiveAtOnceBothSucceedAndStoreEachRunOnce(String engine) throws Exception {
        localRuns(true);
        Path archive = exportAll("race.archive");
        for (int round = 0; round < 4; round++) {
            String store = newStore(engine);
            RunStores.open(store).close(); // created first: the race is about the runs, not the file
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<CliRunner.Result>> imports = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                imports.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return CliRunner.run("--db", store, "import", archive.toString());
                }));
            }
            int imported = 0;
            for (CompletableFuture<CliRunner.Result> f : imports) {
                CliRunner.Result r = f.get(120, TimeUnit.SECONDS);
                assertThat(r.exitCode()).as("round %d: %s", round, r).isEqualTo(ExitCode.OK);
                assertThat(r.err()).isEmpty();
                imported += (int) r.out().lines().filter(l -> l.startsWith("imported ")).count();
            }
            assertThat(imported).as("round %d", round).isEqualTo(3);
            assertThat(runsIn(store)).hasSize(3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void twoPushesOfTheSameRunsAtOnceBothSucceedAndCopyEachRunOnce(String engine) throws Exception {
        localRuns(true);
        String local = dir.resolve("local.db").toString();
        for (int round = 0; round < 4; round++) {
            String store = newStore(engine);
            RunStores.open(store).close();
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<CliRunner.Result>> pushes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                pushes.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return CliRunner.run("--db", local, "push", "--all", "--to", store);
                }));
            }
            int pushed = 0;
            for (CompletableFuture<CliRunner.Result> f : pushes) {
                CliRunner.Result r = f.get(120, TimeUnit.SECONDS);
                assertThat(r.exitCode()).as("round %d: %s", round, r).isEqualTo(ExitCode.OK);
                pushed += (int) r.out().lines().filter(l -> l.startsWith("pushed ")).count();
            }
            assertThat(pushed).as("round %d", round).isEqualTo(3);
            assertThat(runsIn(store)).hasSize(3);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
