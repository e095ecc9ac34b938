package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which store a command opens, and what it says about a database location it cannot use. */
class StoreCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    /** Issue 24: the URL was echoed whole, password and all. */
    @Test
    void aPasswordInARefusedDatabaseUrlIsMaskedForDbAndForPushTo() {
        String url = "postgresql://ci@127.0.0.1:1/bench?password=hunter2";
        CliRunner.Result list = CliRunner.run("--db", url, "list-runs");
        assertThat(list.exitCode()).as(list.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(list.err()).contains("password=***").doesNotContain("hunter2");

        CliRunner.Result collect = CliRunner.run("--db", db(), "collect", "--simulate", "--simulate-rate", "500",
                "--run-name", "one", "--max-samples", "5");
        assertThat(collect.exitCode()).as(collect.toString()).isZero();
        CliRunner.Result push = CliRunner.run("--db", db(), "push", "--all", "--to", url);
        assertThat(push.exitCode()).as(push.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(push.out() + push.err()).contains("password=***").doesNotContain("hunter2");
    }

    /**
     * Issue 24: {@code postgresql:/…} (one slash) and {@code jdbc:postgresql://…} were taken for
     * SQLite paths: collect exited 0 into {@code ./postgresql:/ci:hunter2@db.lab/…}.
     */
    @Test
    void aMistypedDatabaseUrlIsAUsageErrorSayingWhatWasMeantAndCreatesNothing() throws Exception {
        CliRunner.Result local = CliRunner.run("--db", db(), "collect", "--simulate", "--simulate-rate", "500",
                "--run-name", "local", "--max-samples", "5");
        assertThat(local.exitCode()).as(local.toString()).isZero();
        for (String typo : new String[] {"postgresql:/ci:hunter2@db.lab/bench", "jdbc:postgresql://ci:hunter2@db.lab/bench"}) {
            Path first = Path.of(typo).getName(0);
            try {
                CliRunner.Result collect = CliRunner.run("--db", typo, "collect", "--simulate", "--simulate-rate",
                        "500", "--run-name", "typo", "--max-samples", "5");
                assertThat(collect.exitCode()).as(collect.toString()).isEqualTo(ExitCode.USAGE);
                assertThat(collect.err()).as(collect.toString())
                        .contains("did you mean postgresql://ci:***@db.lab/bench").doesNotContain("hunter2");
                assertThat(first).doesNotExist();

                CliRunner.Result push = CliRunner.run("--db", db(), "push", "--all", "--to", typo);
                assertThat(push.exitCode()).as(push.toString()).isEqualTo(ExitCode.USAGE);
                assertThat(push.err()).contains("did you mean postgresql://ci:***@db.lab/bench")
                        .doesNotContain("hunter2");
                assertThat(first).doesNotExist();
            } finally {
                deleteIfCreated(first);
            }
        }
    }

    /** Cleans up after a command that wrongly took a URL for a relative path (so a failure leaves no litter). */
    private static void deleteIfCreated(Path first) throws IOException {
        if (Files.exists(first)) {
            try (Stream<Path> files = Files.walk(first)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
