package io.lightwaveos.bench.jmh;

import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.compare.Comparison;
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
 * A/B comparison of two runs over all 7 metrics: summaries of both sides, Welch, Student,
 * Mann-Whitney (normal approximation with ties), effect sizes, the adjusted test with its CI and
 * Holm (SPEC §9 target: 1M vs 1M samples &lt;= 1.5 s; the older Python tool needs 0.8 s for 20k vs
 * 20k).
 *
 * <p>Run: {@code java -jar lwos-bench-jmh/target/benchmarks.jar CompareBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class CompareBenchmark {

    @Param({"20000", "1000000"})
    public int samples;

    private Map<Metric, double[]> a;
    private Map<Metric, double[]> b;

    @Setup
    public void setUp() {
        a = SeriesData.run(samples, 1, 0);
        b = SeriesData.run(samples, 2, 0.5);
    }

    /** Compare every metric (the extended two included: both runs have them). */
    @Benchmark
    public Comparison compareAllMetrics() {
        return Comparison.compare(a, b, CompareOptions.defaults());
    }
}
