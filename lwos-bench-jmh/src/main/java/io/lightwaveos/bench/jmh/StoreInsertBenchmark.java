package io.lightwaveos.bench.jmh;

import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.SampleWriter;
import io.lightwaveos.bench.store.sqlite.SqliteRunStore;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batched insert into a file database, the collector's path: create a run, append
 * {@value #SAMPLES} samples through a {@link SampleWriter} (default config: bounded queue, batch
 * commits, WAL, synchronous=NORMAL), close it (commits the rest), finish the run. The score is
 * samples per second. A fresh database file per iteration.
 *
 * <p>Run: {@code java -jar lwos-bench-jmh/target/benchmarks.jar StoreInsertBenchmark -wi 2 -i 3 -f 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StoreInsertBenchmark {

    static final int SAMPLES = 200_000;

    /** One extended frame every N samples (0: compact only; 10: the device's once a second at 10 Hz). */
    @Param({"0", "10"})
    public int extendedEvery;

    private Sample[] samples;
    private Path dir;
    private RunStore store;

    @Setup(Level.Trial)
    public void makeSamples() {
        samples = StoreData.samples(SAMPLES, extendedEvery);
    }

    @Setup(Level.Iteration)
    public void openStore() {
        dir = StoreData.tempDir();
        store = SqliteRunStore.open(dir.resolve("insert.db"));
    }

    @TearDown(Level.Iteration)
    public void closeStore() {
        store.close();
        StoreData.deleteTree(dir);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public long insertRun() {
        UUID id = store.createRun(NewRun.named("bench")).id();
        long committed;
        try (SampleWriter writer = store.openWriter(id)) {
            for (Sample s : samples) {
                writer.append(s);
            }
            writer.flush();
            committed = writer.committedCount();
        }
        store.finishRun(id, RunStatus.COMPLETE, null, null, null);
        return committed;
    }
}
