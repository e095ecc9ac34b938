package io.lightwaveos.bench.jmh;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.FrameEncoder;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoding frames into a reused buffer (what the simulator does per frame).
 *
 * <p>Run: {@code java -jar lwos-bench-jmh/target/benchmarks.jar FrameEncodeBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FrameEncodeBenchmark {

    private static final int FRAMES = 1024;

    private BenchmarkFrame[] compact;
    private BenchmarkFrame[] extended;
    private final byte[] out = new byte[64];
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(11);
        compact = new BenchmarkFrame[FRAMES];
        extended = new BenchmarkFrame[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            compact[i] = FrameDecodeBenchmark.frame(r, i, false);
            extended[i] = FrameDecodeBenchmark.frame(r, i, true);
        }
    }

    @Benchmark
    public byte[] encodeCompact() {
        FrameEncoder.encode(compact[next = (next + 1) & (FRAMES - 1)], out, 0);
        return out;
    }

    @Benchmark
    public byte[] encodeExtended() {
        FrameEncoder.encode(extended[next = (next + 1) & (FRAMES - 1)], out, 0);
        return out;
    }
}
