package io.lightwaveos.bench.jmh;

import io.lightwaveos.bench.analysis.changepoint.ChangePoint;
import io.lightwaveos.bench.analysis.changepoint.ChangePointDetector;
import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Change points over a history of runs (SPEC §9 target: 1,000 runs, one metric, &lt;= 50 ms):
 * a whole recomputation, and appending one run to a detector that has seen the others (what a
 * CI gate does per build). The history has 3 % noise and a 5 % step every 100 runs; the baseline
 * only sums the values.
 *
 * <p>Run: {@code java -jar lwos-bench-jmh/target/benchmarks.jar ChangePointBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class ChangePointBenchmark {

    @Param({"200", "1000"})
    public int runs;

    private double[] history;
    private ChangePointDetector warm;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(12);
        history = new double[runs];
        double level = 160;
        for (int i = 0; i < runs; i++) {
            if (i > 0 && i % 100 == 0) {
                level *= random.nextBoolean() ? 1.05 : 0.95;
            }
            history[i] = level * (1 + 0.03 * random.nextGaussian());
        }
    }

    /** A detector holding all runs but the last, so each invocation appends one run to it. */
    @Setup(Level.Invocation)
    public void setUpDetector() {
        warm = new ChangePointDetector(ChangePointOptions.defaults());
        warm.appendAll(java.util.Arrays.copyOf(history, runs - 1));
        warm.changePoints();
    }

    /** Baseline: one pass over the history. */
    @Benchmark
    public double sumBaseline() {
        double sum = 0;
        for (double v : history) {
            sum += v;
        }
        return sum;
    }

    /** All change points of the whole history, from scratch. */
    @Benchmark
    public List<ChangePoint> detectAll() {
        return ChangePointDetector.detect(history, ChangePointOptions.defaults());
    }

    /** Appending the newest run to a detector that has computed the others. */
    @Benchmark
    public List<ChangePoint> appendOne() {
        warm.append(history[runs - 1]);
        return warm.changePoints();
    }
}
