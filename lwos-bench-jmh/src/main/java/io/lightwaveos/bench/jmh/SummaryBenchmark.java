package io.lightwaveos.bench.jmh;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.metric.Metric;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Descriptive statistics of every metric of a run (SPEC §9 target: all metrics, 1M samples,
 * &lt;= 200 ms; the older Python tool needs 0.5 s for 20k samples), against a baseline that only
 * copies the same arrays.
 *
 * <p>Run: {@code java -jar lwos-bench-jmh/target/benchmarks.jar SummaryBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SummaryBenchmark {

    @Param({"20000", "1000000"})
    public int samples;

    private Map<Metric, double[]> run;

    @Setup
    public void setUp() {
        run = SeriesData.run(samples, 1, 0);
    }

    /** Baseline: copying every metric's values once, the least any summary must do. */
    @Benchmark
    public double[][] copyAllMetrics() {
        double[][] out = new double[run.size()][];
        int i = 0;
        for (double[] v : run.values()) {
            out[i++] = v.clone();
        }
        return out;
    }

    /** Summary of each of the 7 metrics. */
    @Benchmark
    public Summary[] summariseAllMetrics() {
        Summary[] out = new Summary[run.size()];
        int i = 0;
        for (double[] v : run.values()) {
            out[i++] = Summary.of(v);
        }
        return out;
    }
}
