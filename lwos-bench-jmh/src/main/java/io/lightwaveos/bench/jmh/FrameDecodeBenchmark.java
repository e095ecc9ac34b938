package io.lightwaveos.bench.jmh;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.DecodeOutcome;
import io.lightwaveos.bench.frame.ExtendedFields;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.frame.FrameDecoder;
import io.lightwaveos.bench.frame.FrameEncoder;
import io.lightwaveos.bench.frame.FrameView;
import io.lightwaveos.bench.frame.RejectReason;
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
 * Decoding one frame: the zero-allocation flyweight path (what a collector runs per message), the
 * materialising decoder, and the extended frame.
 *
 * <p>Run: {@code java -jar lwos-bench-jmh/target/benchmarks.jar FrameDecodeBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FrameDecodeBenchmark {

    /** Many distinct frames back to back, so nothing is constant-folded; a power of two. */
    private static final int FRAMES = 1024;

    private byte[] compact;
    private byte[] extended;
    private final FrameView view = new FrameView();
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(7);
        compact = new byte[FRAMES * 32];
        extended = new byte[FRAMES * 64];
        for (int i = 0; i < FRAMES; i++) {
            BenchmarkFrame c = frame(r, i, false);
            FrameEncoder.encode(c, compact, i * 32);
            FrameEncoder.encode(frame(r, i, true), extended, i * 64);
        }
    }

    static BenchmarkFrame frame(SplittableRandom r, int i, boolean ext) {
        float avg = 140f + (float) r.nextDouble(30);
        ExtendedFields x = ext ? new ExtendedFields(20f + (float) r.nextDouble(5), 30f + (float) r.nextDouble(8),
                i * 3L, 0, new int[] {r.nextInt(60000), 2, 3, 4, 5, 6, 7, 8}) : null;
        return new BenchmarkFrame(1000L + 100L * i, avg, 70f + (float) r.nextDouble(10), avg / 200f,
                r.nextInt(65536), r.nextInt(4000), 5L * i, (2 * i) & 0xFFFF, Flags.of(r.nextInt(8)), 0, x);
    }

    private int nextIndex() {
        return next = (next + 1) & (FRAMES - 1);
    }

    /** Baseline: reading one int from the same array, to show what the loop itself costs. */
    @Benchmark
    public int baseline() {
        return compact[nextIndex() * 32 + 8];
    }

    /** Flyweight decode: point the view at the next frame and validate it (length, magic, finite floats). */
    @Benchmark
    public RejectReason flyweightValidate() {
        return view.wrap(compact, nextIndex() * 32, 32).rejectReason();
    }

    /**
     * The whole hot path: validate, then read every compact field through the flyweight; no
     * allocation. Fields are folded with a balanced xor tree (independent one-cycle operations)
     * rather than a chain of double additions, which would cost more than the decode itself.
     */
    @Benchmark
    public long flyweightCompact() {
        FrameView v = view.wrap(compact, nextIndex() * 32, 32);
        if (v.rejectReason() != null) {
            return -1;
        }
        long times = (v.timestampMs() ^ Float.floatToRawIntBits(v.avgTotalUs()))
                ^ (Float.floatToRawIntBits(v.avgGoertzelUs()) ^ Float.floatToRawIntBits(v.cpuLoadPercent()));
        long counts = (v.peakTotalUs() ^ v.peakGoertzelUs()) ^ (v.hopCount() ^ v.goertzelCount());
        return (times ^ counts) ^ (v.flagsRaw() ^ (v.reserved() << 8));
    }

    /** Decode to a {@link BenchmarkFrame} record. */
    @Benchmark
    public DecodeOutcome materialiseCompact() {
        return FrameDecoder.decode(compact, nextIndex() * 32, 32);
    }

    /** Decode a 64-byte extended frame to a record (histogram copied). */
    @Benchmark
    public DecodeOutcome materialiseExtended() {
        return FrameDecoder.decode(extended, nextIndex() * 64, 64);
    }
}
