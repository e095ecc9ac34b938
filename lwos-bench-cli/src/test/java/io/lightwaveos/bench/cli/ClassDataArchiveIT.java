package io.lightwaveos.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./lwos-bench} launcher's start-up files (class-data archive, native library), run as a
 * user would run it. A class of its own, beside {@link LauncherIT}: the two take about as long, and
 * Failsafe runs them in two JVMs at once.
 */
class ClassDataArchiveIT {

    @TempDir
    Path elsewhere;

    /**
     * The launcher with a copy of the jar in a tree of its own, as after a build that made no
     * start-up files: commands run without them while the launcher makes them in the background;
     * then with them (the JVM maps the archive: {@code -Xshare:on} would fail otherwise); then with a
     * corrupt archive; then with a jar newer than the files.
     */
    @Test
    void aMissingCorruptOrStaleClassDataArchiveNeverBreaksACommand() throws Exception {
        Path root = elsewhere.resolve("checkout");
        Path target = Files.createDirectories(root.resolve("lwos-bench-cli").resolve("target"));
        Path launcher = Files.copy(ChildProcesses.launcher(), root.resolve("lwos-bench"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Path jar = Files.copy(ChildProcesses.jar(), target.resolve("lwos-bench.jar"));
        Path startup = target.resolve("startup");
        String db = elsewhere.resolve("cds.db").toString();

        CliRunner.Result collect = ChildProcesses.run(elsewhere, List.of(launcher.toString(), "--db", db, "-q", "collect",
                "--simulate", "--simulate-rate", "2000", "--max-samples", "200", "--run-name", "cds"));
        assertThat(collect.exitCode()).as(collect.toString()).isZero();
        assertThat(collect.err()).isEmpty();
        assertShows(launcher, db, Map.of());
        awaitStartupFiles(startup, jar);
        assertThat(startup.resolve("lwos-bench.jsa")).isRegularFile();
        assertThat(startup.resolve("everyday.jsa")).isRegularFile();
        assertThat(Files.size(startup.resolve("everyday.jsa"))).isLessThan(Files.size(startup.resolve("lwos-bench.jsa")));
        assertThat(startup.resolve("show.jsa")).isSymbolicLink();
        assertThat(startup.resolve("show.jsa").toRealPath()).isEqualTo(startup.resolve("everyday.jsa").toRealPath());
        assertThat(startup.resolve("libsqlitejdbc.so")).isRegularFile();
        assertShows(launcher, db, Map.of("LWOS_BENCH_JAVA_OPTS", "-Xshare:on"));
        CliRunner.Result mapped = ChildProcesses.run(elsewhere, List.of(launcher.toString(), "--db", db, "show", "cds"),
                Map.of("LWOS_BENCH_JAVA_OPTS", "-Xshare:on -Xlog:cds=info"));
        assertThat(mapped.out()).as("show maps the everyday archive").contains("Opened archive " + startup.resolve("show.jsa"))
                .doesNotContain("lwos-bench.jsa");

        for (String name : List.of("lwos-bench.jsa", "everyday.jsa")) {
            Path archive = startup.resolve(name);
            Files.delete(archive);
            Files.write(archive, "not a class-data archive".repeat(1000).getBytes(StandardCharsets.UTF_8));
        }
        assertShows(launcher, db, Map.of());

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(1)));
        assertShows(launcher, db, Map.of());
        awaitStartupFiles(startup, jar);
        assertShows(launcher, db, Map.of("LWOS_BENCH_JAVA_OPTS", "-Xshare:on"));
    }

    private void assertShows(Path launcher, String db, Map<String, String> env) throws Exception {
        CliRunner.Result show = ChildProcesses.run(elsewhere, List.of(launcher.toString(), "--db", db, "show", "cds"), env);
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains("name      cds", "statistics", "avg_total_us");
        assertThat(show.err()).as(show.toString()).isEmpty();
        CliRunner.Result version = ChildProcesses.run(elsewhere, List.of(launcher.toString(), "--version"), env);
        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.out()).startsWith("lwos-bench 0.1.0-SNAPSHOT");
    }

    /** Waits until the launcher's background maker has written a stamp newer than the jar and exited. */
    private void awaitStartupFiles(Path startup, Path jar) throws Exception {
        Path stamp = startup.resolve("stamp");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!(Files.exists(stamp)
                && Files.getLastModifiedTime(stamp).compareTo(Files.getLastModifiedTime(jar)) > 0)) {
            assertThat(System.nanoTime()).as("start-up files made within 5 minutes").isLessThan(deadline);
            Thread.sleep(200);
        }
        String lock = startup.resolveSibling("startup.lock").toString();
        CliRunner.Result released = ChildProcesses.run(elsewhere, List.of("flock", lock, "true"));
        assertThat(released.exitCode()).as(released.toString()).isZero();
    }
}
