package io.lightwaveos.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real SIGINT to the real jar: the collection ends cleanly, INTERRUPTED with its samples, exit 130. */
class CtrlCIT {

    @TempDir
    Path dir;

    @Test
    void sigintDuringCollectKeepsTheSamplesMarksTheRunInterruptedAndExits130() throws Exception {
        Path db = dir.resolve("bench.db");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(ChildProcesses.withDefaultSigint(List.of(ChildProcesses.java(), "-jar",
                ChildProcesses.jar().toString(), "--db", db.toString(), "collect", "--simulate", "--simulate-rate", "200",
                "--run-name", "sigint", "--connect-timeout", "60"))).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        try {
            long committed = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (committed < 50 && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(100);
                committed = committedSamples(db);
            }
            assertThat(committed).as("samples committed before the signal; stderr: " + Files.readString(err))
                    .isGreaterThanOrEqualTo(50);
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the collector exits after SIGINT").isTrue();
        } finally {
            p.destroyForcibly();
        }

        assertThat(p.exitValue()).as(Files.readString(out) + Files.readString(err)).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(Files.readString(out)).contains("\"sigint\": INTERRUPTED").contains("avg_total_us");
        try (RunStore store = RunStores.open(db.toString())) {
            Run run = store.resolve("sigint");
            assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(run.sampleCount()).isGreaterThanOrEqualTo(50);
            assertThat(store.sampleCount(run.id())).isEqualTo(run.sampleCount());
            assertThat(run.cachedStats().get("avg_total_us").get("n")).isEqualTo((double) run.sampleCount());
            assertThat(store.isWriterAlive(run.id())).isFalse();
        }
    }

    private static long committedSamples(Path db) {
        if (!Files.exists(db)) {
            return 0;
        }
        try (RunStore store = RunStores.open(db.toString())) {
            List<Run> runs = store.listRuns(RunFilter.ALL);
            return runs.isEmpty() ? 0 : store.sampleCount(runs.get(0).id());
        } catch (RuntimeException busyOrCreating) {
            return 0;
        }
    }
}
