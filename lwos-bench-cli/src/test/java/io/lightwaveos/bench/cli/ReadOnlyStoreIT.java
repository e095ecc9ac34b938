package io.lightwaveos.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store in a folder the user may not write (a colleague's results, a read-only share): the
 * commands that read work, a change is refused saying why, and the files stay as they were; a file
 * the user may not read is named with "permission denied". Runs
 * the built jar as an unprivileged user ({@code nobody}) when the tests run as root, for whom
 * permissions do not apply.
 */
class ReadOnlyStoreIT {

    @TempDir
    Path dir;

    @Test
    void aStoreInAReadOnlyFolderCanBeReadButNotChanged() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("share"));
        Path db = folder.resolve("bench.db");
        CliRunner.Result collect = CliRunner.run("--db", db.toString(), "-q", "collect", "--simulate", "--simulate-rate",
                "200", "--run-name", "shared-run", "--max-samples", "20");
        assertThat(collect.exitCode()).as(collect.toString()).isZero();
        Path secret = Files.writeString(folder.resolve("baseline.json"), "{}");
        Path jar = Files.copy(ChildProcesses.jar(), dir.resolve("lwos-bench.jar"), StandardCopyOption.REPLACE_EXISTING);
        String before = digest(db);
        try {
            setPermissions(jar, "r--r--r--");
            setPermissions(db, "r--r--r--");
            setPermissions(secret, "---------");
            setPermissions(folder, "r-xr-xr-x");
            setPermissions(dir, "r-xr-xr-x");

            CliRunner.Result list = asReader(jar, "--db", db.toString(), "list-runs");
            assertThat(list.exitCode()).as(list.toString()).isZero();
            assertThat(list.out()).contains("shared-run").contains("COMPLETE");
            assertThat(list.err()).isEmpty();
            CliRunner.Result show = asReader(jar, "--db", db.toString(), "show", "shared-run", "--format", "json");
            assertThat(show.exitCode()).as(show.toString()).isZero();
            assertThat(show.out()).contains("\"sample_count\": 20");

            CliRunner.Result unreadable = asReader(jar, "--db", db.toString(), "check", "shared-run", "--baseline",
                    secret.toString());
            assertThat(unreadable.exitCode()).as(unreadable.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(unreadable.err()).isEqualTo("lwos-bench: cannot read baseline file " + secret + ": permission denied\n");

            CliRunner.Result delete = asReader(jar, "--db", db.toString(), "delete", "--yes", "shared-run");
            assertThat(delete.exitCode()).as(delete.toString()).isEqualTo(ExitCode.FAILURE);
            assertThat(delete.err()).startsWith("lwos-bench: could not delete run ")
                    .contains("the run store " + db + " is open read-only (this user may not write the file or its folder)");
        } finally {
            setPermissions(dir, "rwx------");
            setPermissions(folder, "rwx------");
            setPermissions(db, "rw-------");
            setPermissions(secret, "rw-------");
        }
        assertThat(digest(db)).as("the database file is unchanged").isEqualTo(before);
        assertThat(folder.resolve("bench.db-wal")).doesNotExist();
        assertThat(folder.resolve("bench.db-journal")).doesNotExist();
    }

    /** Runs the jar as a user who may not write {@code dir}: nobody when we are root, else ourselves. */
    private CliRunner.Result asReader(Path jar, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", "nobody", "--", "env", "HOME=/nonexistent"));
        }
        command.addAll(List.of(ChildProcesses.java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path outDir = Files.createTempDirectory("lwos-bench-readonly-out");
        setPermissions(outDir, "rwxr-xr-x"); // the reader's working directory
        return ChildProcesses.run(outDir, command);
    }

    private static boolean isRoot() throws Exception {
        Process p = new ProcessBuilder("id", "-u").start();
        String uid = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        return uid.equals("0");
    }

    private static void setPermissions(Path p, String perms) throws Exception {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
