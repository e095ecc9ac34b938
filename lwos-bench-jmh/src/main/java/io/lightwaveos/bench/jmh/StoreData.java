package io.lightwaveos.bench.jmh;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.ExtendedFields;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.run.Sample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/** Seeded samples shaped like a device stream (10 Hz, receive jitter) and temp-folder handling for the store benchmarks. */
final class StoreData {

    /** 2025-01-15T10:30:00Z in µs. */
    static final long BASE_MICROS = 1_736_937_000_000_000L;

    private StoreData() {
    }

    /** {@code n} samples from seq 0, 100 ms apart with jitter; one in {@code extendedEvery} extended (0: none). */
    static Sample[] samples(int n, int extendedEvery) {
        SplittableRandom r = new SplittableRandom(42);
        Sample[] out = new Sample[n];
        for (int i = 0; i < n; i++) {
            float avg = 120f + (float) r.nextDouble() * 60f;
            ExtendedFields ext = null;
            if (extendedEvery > 0 && i % extendedEvery == 0) {
                int[] hist = new int[8];
                for (int b = 0; b < 8; b++) {
                    hist[b] = r.nextInt(65536);
                }
                ext = new ExtendedFields(avg / 7f, avg / 5f, 3L * i, 0, hist);
            }
            BenchmarkFrame frame = new BenchmarkFrame((5_000L + 100L * i) & 0xFFFF_FFFFL, avg, avg * 0.45f,
                    avg / 200f, 200 + r.nextInt(600), 90 + r.nextInt(200), 5L * i, i & 0xFFFF, Flags.of(3), 0, ext);
            out[i] = new Sample(i, BASE_MICROS + 100_000L * i + r.nextInt(-3_000, 3_000), frame);
        }
        return out;
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("lwos-bench-jmh-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
