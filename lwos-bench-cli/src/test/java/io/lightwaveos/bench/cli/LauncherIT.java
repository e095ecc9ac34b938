package io.lightwaveos.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    @Test
    void theDefaultStoreIsUnderHomeAndReadingCommandsDoNotCreateIt() throws Exception {
        Path home = Files.createDirectory(elsewhere.resolve("home"));
        String jar = ChildProcesses.jar().toString();
        java.util.Map<String, String> env = java.util.Map.of("HOME", home.toString(), "LWOS_BENCH_DB", "");
        CliRunner.Result list = ChildProcesses.run(elsewhere, List.of(ChildProcesses.java(), "-jar", jar, "list-runs"), env);
        Path expected = home.resolve(".lwos-bench").resolve("lwos-bench.db");
        assertThat(list.exitCode()).as(list.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(list.err()).startsWith("lwos-bench: no run store at " + expected + ": ");
        assertThat(home.resolve(".lwos-bench")).doesNotExist();

        CliRunner.Result collect = ChildProcesses.run(elsewhere, List.of(ChildProcesses.java(), "-jar", jar, "-q",
                "collect", "--simulate", "--simulate-rate", "500", "--run-name", "home", "--max-samples", "5",
                "--connect-timeout", "60"), env);
        assertThat(collect.exitCode()).as(collect.toString()).isZero();
        assertThat(expected).isRegularFile();
        CliRunner.Result tilde = ChildProcesses.run(elsewhere, List.of(ChildProcesses.java(), "-jar", jar,
                "--db=~/.lwos-bench/lwos-bench.db", "list-runs"), env);
        assertThat(tilde.exitCode()).as(tilde.toString()).isZero();
        assertThat(tilde.out()).contains("home");
    }

    @Test
    void exportIntoAClosedPipeEndsQuietlyWithExitZero() throws Exception {
        String db = elsewhere.resolve("pipe.db").toString();
        String jar = ChildProcesses.jar().toString();
        Path csv = elsewhere.resolve("big.csv");
        Files.writeString(csv, SampleCsv.synthetic(20_000, 150, 3));
        CliRunner.Result imported = ChildProcesses.run(elsewhere, List.of(ChildProcesses.java(), "-jar", jar, "--db", db,
                "import", csv.toString()));
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        String pipeline = "set -o pipefail; '" + ChildProcesses.java() + "' -jar '" + jar + "' --db '" + db
                + "' export big | head -n 2";
        CliRunner.Result head = ChildProcesses.run(elsewhere, List.of("bash", "-c", pipeline));
        assertThat(head.exitCode()).as(head.toString()).isZero();
        assertThat(head.out().lines()).hasSize(2);
        assertThat(head.err()).isEmpty();
    }

    /**
     * The launcher gives Java 17 to 20 the JDK's own locale data (Java 21 warns about it, 23 removed it),
     * reading the JVM's {@code release} file: here a stand-in {@code java} first on the path, which
     * prints the options it is given.
     */
    @Test
    void theLauncherAsksForTheJdksLocaleDataOnJava17To20Only() throws Exception {
        Path root = elsewhere.resolve("checkout");
        Path target = Files.createDirectories(root.resolve("lwos-bench-cli").resolve("target"));
        Files.writeString(target.resolve("lwos-bench.jar"), "a stand-in: the stand-in java never opens it");
        Path launcher = Files.copy(ChildProcesses.launcher(), root.resolve("lwos-bench"),
                java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Path jdk = elsewhere.resolve("jdk");
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Map<String, String> path = Map.of("PATH", jdk.resolve("bin") + ":" + System.getenv("PATH"));
        Map<String, Boolean> compat = new java.util.LinkedHashMap<>();
        compat.put("17.0.15", true);
        compat.put("20.0.2", true);
        compat.put("21.0.5", false);
        compat.put("25", false);
        compat.put("26-ea", false);
        for (Map.Entry<String, Boolean> version : compat.entrySet()) {
            Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version.getKey() + "\"\n");
            CliRunner.Result run = ChildProcesses.run(elsewhere, List.of(launcher.toString(), "--db", "x.db", "list-runs"), path);
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).as("Java " + version.getKey()).contains("-jar " + target.resolve("lwos-bench.jar"));
            if (version.getValue()) {
                assertThat(run.out()).as("Java " + version.getKey()).contains(" -Djava.locale.providers=COMPAT ");
            } else {
                assertThat(run.out()).as("Java " + version.getKey()).doesNotContain("locale.providers");
            }
        }
        Files.delete(jdk.resolve("release"));
        CliRunner.Result unknown = ChildProcesses.run(elsewhere, List.of(launcher.toString(), "list-runs"), path);
        assertThat(unknown.out()).as("no release file").contains("-jar ").doesNotContain("locale.providers");
    }
}
