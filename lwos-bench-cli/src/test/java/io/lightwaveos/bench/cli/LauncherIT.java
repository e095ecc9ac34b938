package io.lightwaveos.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./lwos-bench} launcher and the shaded jar, run as a user would run them. */
class LauncherIT {

    @TempDir
    Path elsewhere;

    @Test
    void theLauncherRunsFromAnotherDirectoryAndThroughASymlink() throws Exception {
        Path launcher = ChildProcesses.launcher();
        CliRunner.Result direct = ChildProcesses.run(elsewhere, List.of(launcher.toString(), "--version"));
        assertThat(direct.exitCode()).as(direct.toString()).isZero();
        assertThat(direct.out()).startsWith("lwos-bench 0.1.0-SNAPSHOT\nJava ");
        assertThat(direct.err()).isEmpty();

        Path link = Files.createSymbolicLink(elsewhere.resolve("lwos-bench"), launcher);
        CliRunner.Result linked;
        try {
            linked = ChildProcesses.run(elsewhere, List.of(link.toString(), "--version"));
        } finally {
            Files.delete(link);
        }
        assertThat(linked.exitCode()).as(linked.toString()).isZero();
        assertThat(linked.out()).isEqualTo(direct.out());
        assertThat(linked.err()).isEmpty();
    }

    @Test
    void theJarCollectsFromTheSimulatorAndMapsUsageErrorsToExitTwo() throws Exception {
        String db = elsewhere.resolve("bench.db").toString();
        String jar = ChildProcesses.jar().toString();
        CliRunner.Result collect = ChildProcesses.run(elsewhere, List.of(ChildProcesses.java(), "-jar", jar, "--db", db,
                "collect", "--simulate", "--simulate-rate", "500", "--run-name", "jar", "--max-samples", "50"));
        assertThat(collect.exitCode()).as(collect.toString()).isZero();
        assertThat(collect.out()).contains("\"jar\": COMPLETE, 50 samples").contains("avg_total_us      µs");
        assertThat(collect.err()).doesNotContain("WARN", "SLF4J");

        CliRunner.Result unknown = ChildProcesses.run(elsewhere, List.of(ChildProcesses.java(), "-jar", jar, "--db", db,
                "show", "nosuch"));
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).startsWith("lwos-bench: no run matches \"nosuch\"").contains("jar");
    }
}
