package io.lightwaveos.bench.jmh;

import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.MetricColumn;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.SampleWriter;
import io.lightwaveos.bench.store.sqlite.SqliteRunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a 1M-compact-sample run back: one metric column (what analysis and plots load), all
 * metrics at once, and every sample as objects (export), plus a baseline that only counts. The setup
 * also prints the file's bytes per sample after {@code PRAGMA wal_checkpoint(TRUNCATE)}.
 *
 * <p>Run: {@code java -jar lwos-bench-jmh/target/benchmarks.jar StoreColumnReadBenchmark -wi 2 -i 3 -f 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StoreColumnReadBenchmark {

    static final int SAMPLES = 1_000_000;

    private Path dir;
    private RunStore store;
    private UUID runId;

    @Setup(Level.Trial)
    public void writeRun() throws Exception {
        dir = StoreData.tempDir();
        Path file = dir.resolve("read.db");
        store = SqliteRunStore.open(file);
        runId = store.createRun(NewRun.named("1M")).id();
        try (SampleWriter writer = store.openWriter(runId)) {
            for (Sample s : StoreData.samples(SAMPLES, 0)) {
                writer.append(s);
            }
        }
        store.finishRun(runId, RunStatus.COMPLETE, null, null, null);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        long bytes = Files.size(file);
        System.out.printf("%nstore size: %d bytes for %d compact samples = %.2f bytes/sample (after checkpoint)%n",
                bytes, SAMPLES, (double) bytes / SAMPLES);
    }

    @TearDown(Level.Trial)
    public void delete() {
        store.close();
        StoreData.deleteTree(dir);
    }

    @Benchmark
    public long baselineSampleCount() {
        return store.sampleCount(runId);
    }

    @Benchmark
    public MetricColumn oneColumn() {
        return store.column(runId, Metric.AVG_TOTAL_US);
    }

    @Benchmark
    public Map<Metric, MetricColumn> allColumns() {
        return store.columns(runId, Metric.all());
    }

    @Benchmark
    public long everySampleAsObjects() {
        long[] sum = {0};
        store.forEachSample(runId, s -> sum[0] += s.frame().hopCount());
        return sum[0];
    }
}
