package io.lightwaveos.bench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the built jar and the launcher as child processes, for the *IT tests that run after package. */
final class ChildProcesses {

    private ChildProcesses() {
    }

    /** The shaded jar built by {@code package} ({@code -Dlwos.cli.jar}, set by failsafe). */
    static Path jar() {
        Path jar = Path.of(System.getProperty("lwos.cli.jar", "target/lwos-bench.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("expected the shaded jar at " + jar + "; run mvn verify (package first)");
        }
        return jar;
    }

    /** The {@code ./lwos-bench} launcher at the repository root ({@code -Dlwos.cli.launcher}). */
    static Path launcher() {
        return Path.of(System.getProperty("lwos.cli.launcher", "../lwos-bench")).toAbsolutePath().normalize();
    }

    /** The java executable running this test. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /**
     * {@code command} with SIGINT set back to its default action first, when perl is there to do it:
     * a test JVM started from a background job may ignore SIGINT, its children would inherit that,
     * and the JVM never installs its Ctrl-C handling for a signal that is ignored.
     */
    static List<String> withDefaultSigint(List<String> command) {
        List<String> out = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/perl"))) {
            out.addAll(List.of("/usr/bin/perl", "-e", "$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"exec: $!\";"));
        }
        out.addAll(command);
        return out;
    }

    /** Runs {@code command} in {@code dir} to the end; stdout and stderr are returned as text. */
    static CliRunner.Result run(Path dir, List<String> command) throws IOException, InterruptedException {
        return run(dir, command, java.util.Map.of());
    }

    /** {@link #run(Path, List)} with {@code env} added to (or, for empty values, removed from) the environment. */
    static CliRunner.Result run(Path dir, List<String> command, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        env.forEach((k, v) -> {
            if (v.isEmpty()) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish within 120 s");
        }
        return new CliRunner.Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
