package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.SampleCsv;
import io.lightwaveos.bench.cli.StoredRuns;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that may create the database ({@code import}, {@code collect}, {@code push}'s target)
 * and then fails leaves nothing behind: no database, no {@code -wal}/{@code -shm} files, no lock
 * folder, no folder made for it. One that succeeds, or a database that existed, stays.
 */
class StoreCreationCommandTest {

    @TempDir
    Path dir;

    /** Everything under the test folder, relative, except the inputs the test made itself. */
    private List<String> leftBehind(String... inputs) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString())
                    .filter(p -> !List.of(inputs).contains(p)).sorted().toList();
        }
    }

    @Test
    void importingAFileThatIsNotThereCreatesNoDatabase() throws Exception {
        Path db = dir.resolve("new/folder/nothere.db");
        CliRunner.Result r = CliRunner.run("--db", db.toString(), "import", dir.resolve("nonexistent.csv").toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void aTruncatedArchiveOrAMalformedSampleFileCreatesNoDatabase() throws Exception {
        Path local = dir.resolve("local.db");
        StoredRuns.write(local, NewRun.named("alpha"), TestSamples.synthetic(1, 0, 100, 0));
        StoredRuns.write(local, NewRun.named("beta"), TestSamples.synthetic(2, 0, 100, 0));
        Path archive = dir.resolve("cut.archive");
        assertThat(CliRunner.run("--db", local.toString(), "export", "--all", "-o", archive.toString()).exitCode())
                .isEqualTo(ExitCode.OK);
        String whole = Files.readString(archive);
        Files.writeString(archive, whole.substring(0, whole.length() * 2 / 3));
        Path csv = Files.writeString(dir.resolve("bad.csv"), SampleCsv.synthetic(10, 150, 1) + "not,a,sample\n");
        List<String> inputs = leftBehind();

        CliRunner.Result cut = CliRunner.run("--db", dir.resolve("out/a.db").toString(), "import", archive.toString());
        CliRunner.Result bad = CliRunner.run("--db", dir.resolve("b.db").toString(), "import", csv.toString());

        assertThat(cut.exitCode()).as(cut.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(leftBehind(inputs.toArray(String[]::new))).isEmpty();
    }

    @Test
    void aCollectionFromADeviceThatIsNotThereCreatesNoDatabase() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nobody listens there
        }
        CliRunner.Result r = CliRunner.run("--db", dir.resolve("runs/bench.db").toString(), "collect", "--url",
                "ws://127.0.0.1:" + port + "/ws", "--run-name", "nothing", "--no-reconnect", "--max-samples", "5");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.FAILURE);
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void aFailedImportIntoAnExistingDatabaseLeavesItAndASuccessfulOneCreatesIt() throws Exception {
        Path csv = Files.writeString(dir.resolve("good.csv"), SampleCsv.synthetic(10, 150, 1));
        Path db = dir.resolve("kept.db");
        CliRunner.Result ok = CliRunner.run("--db", db.toString(), "import", csv.toString());
        assertThat(ok.exitCode()).as(ok.toString()).isEqualTo(ExitCode.OK);
        CliRunner.Result missing = CliRunner.run("--db", db.toString(), "import", dir.resolve("gone.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(db).isRegularFile();
        assertThat(CliRunner.run("--db", db.toString(), "list-runs").out()).contains("good");
    }
}
