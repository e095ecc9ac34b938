package io.lightwaveos.bench.store.testing;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.DecodeOutcome;
import io.lightwaveos.bench.frame.ExtendedFields;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.frame.FrameDecoder;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.testing.VectorFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Samples for tests: the shared vector frames, and seeded synthetic frames. */
public final class TestSamples {

    /** Base receive time used by synthetic samples: 2025-01-15T10:30:00Z in µs. */
    public static final long BASE_MICROS = 1_736_937_000_000_000L;

    private TestSamples() {
    }

    /** Every frame of a vector file ({@code compact.bin} or {@code extended.bin}), decoded. */
    public static List<BenchmarkFrame> vectorFrames(String binName, int frameSize) {
        byte[] bin = VectorFiles.bytes(binName);
        List<BenchmarkFrame> frames = new ArrayList<>();
        for (int off = 0; off < bin.length; off += frameSize) {
            frames.add(((DecodeOutcome.Decoded) FrameDecoder.decode(bin, off, frameSize)).frame());
        }
        return frames;
    }

    /** The vector frames, compact and extended interleaved, as samples with seq 0.. and 100 ms apart. */
    public static List<Sample> vectorSamples() {
        List<BenchmarkFrame> compact = vectorFrames("compact.bin", 32);
        List<BenchmarkFrame> extended = vectorFrames("extended.bin", 64);
        List<Sample> out = new ArrayList<>();
        int n = Math.max(compact.size(), extended.size());
        for (int i = 0; i < n; i++) {
            if (i < compact.size()) {
                out.add(new Sample(out.size(), BASE_MICROS + 100_000L * out.size() + 17, compact.get(i)));
            }
            if (i < extended.size()) {
                out.add(new Sample(out.size(), BASE_MICROS + 100_000L * out.size() + 17, extended.get(i)));
            }
        }
        return out;
    }

    /** A seeded synthetic frame; extended when {@code extended}. Floats include -0.0 and subnormals now and then. */
    public static BenchmarkFrame frame(SplittableRandom r, long i, boolean extended) {
        float avg = i % 97 == 0 ? -0.0f : i % 89 == 0 ? Float.MIN_VALUE : 120f + (float) r.nextDouble() * 60f;
        ExtendedFields ext = null;
        if (extended) {
            int[] hist = new int[8];
            for (int b = 0; b < 8; b++) {
                hist[b] = r.nextInt(65536);
            }
            ext = new ExtendedFields((float) r.nextDouble() * 30f, (float) r.nextDouble() * 40f,
                    r.nextLong(1L << 32), r.nextLong(1L << 32), hist);
        }
        return new BenchmarkFrame((1_000L + 100L * i) & 0xFFFF_FFFFL, avg, avg / 2.1f, avg / 200f,
                r.nextInt(65536), r.nextInt(65536), (5L * i) & 0xFFFF_FFFFL, (int) (i & 0xFFFF),
                Flags.of(r.nextInt(256)), r.nextInt(256), ext);
    }

    /** {@code n} synthetic samples from seq {@code firstSeq}, one in {@code extendedEvery} extended (0: none). */
    public static List<Sample> synthetic(long seed, long firstSeq, int n, int extendedEvery) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Sample> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            long seq = firstSeq + k;
            boolean ext = extendedEvery > 0 && seq % extendedEvery == 0;
            out.add(new Sample(seq, BASE_MICROS + 100_000L * seq + r.nextInt(5_000), frame(r, seq, ext)));
        }
        return out;
    }
}
