package io.lightwaveos.bench.simulator;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.ExtendedFields;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.frame.FrameLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The simulated audio pipeline's statistics, frame by frame, as the firmware reports them:
 * avgTotalUs and avgGoertzelUs follow AR(1) processes around their means (the device's EMA makes
 * consecutive samples correlated); cpuLoadPercent = avgTotalUs / 20000 µs × 100 in float, as the
 * device computes it; per-hop times scatter around the average, so the peaks (maximum since the
 * last peak reset) are at least the averages; every 10th frame carries PEAKS_RESET and the peaks
 * restart after it; about 5 hops per frame (50 hops/s); timestamps advance 100 ms per frame.
 * Deterministic for a seed. Not thread-safe.
 */
final class DeviceModel {

    static final long FRAME_INTERVAL_MS = 100;
    static final int PEAK_RESET_EVERY = 10;
    private static final float HOP_BUDGET_US = 20_000f;
    private static final long UINT32 = 0xFFFF_FFFFL;

    private final SplittableRandom random;
    private final Ar1Process total;
    private final Ar1Process goertzel;
    private final Ar1Process dcAgc;
    private final Ar1Process chroma;

    private long bootTimestampMs;
    private long frameIndex;
    private long hopCount;
    private long goertzelCount;
    private int peakTotalUs;
    private int peakGoertzelUs;
    private final int[] histogram = new int[FrameLayout.HISTOGRAM_BINS];
    private boolean streaming;

    DeviceModel(SimulatorConfig config) {
        this.random = new SplittableRandom(config.seed());
        double phi = config.arCoefficient();
        double noise = config.noise();
        double meanTotal = config.meanTotalUs();
        this.total = new Ar1Process(meanTotal, noise * meanTotal, phi, random);
        this.goertzel = new Ar1Process(config.meanGoertzelUs(), noise * config.meanGoertzelUs(), phi, random);
        this.dcAgc = new Ar1Process(0.08 * meanTotal, noise * 0.08 * meanTotal, phi, random);
        this.chroma = new Ar1Process(0.12 * meanTotal, noise * 0.12 * meanTotal, phi, random);
        // The device has been up a while when we meet it.
        this.bootTimestampMs = 5_000 + random.nextLong(600_000);
        this.hopCount = bootTimestampMs / 20;
        this.goertzelCount = hopCount / 2;
    }

    /** The next frame; {@code extended} adds the 64-byte part. */
    BenchmarkFrame next(boolean extended) {
        float avgTotal = (float) total.next();
        float avgGoertzel = (float) goertzel.next();
        int hops = 5 + (random.nextInt(10) == 0 ? (random.nextBoolean() ? 1 : -1) : 0);
        for (int i = 0; i < hops; i++) {
            double hop = avgTotal * Math.exp(0.25 * random.nextGaussian() - 0.03);
            peakTotalUs = Math.max(peakTotalUs, clampU16(Math.ceil(hop)));
            histogram[bin(hop)] = Math.min(0xFFFF, histogram[bin(hop)] + 1);
            boolean goertzelRan = ((hopCount + i) & 1) == 0;
            if (goertzelRan) {
                double g = avgGoertzel * Math.exp(0.25 * random.nextGaussian() - 0.03);
                peakGoertzelUs = Math.max(peakGoertzelUs, clampU16(Math.ceil(g)));
                goertzelCount++;
            }
        }
        hopCount += hops;
        // A peak is a maximum of hop times whose average is the EMA: it is never below it.
        peakTotalUs = Math.max(peakTotalUs, clampU16(Math.ceil(avgTotal)));
        peakGoertzelUs = Math.max(peakGoertzelUs, clampU16(Math.ceil(avgGoertzel)));
        boolean peaksReset = frameIndex % PEAK_RESET_EVERY == PEAK_RESET_EVERY - 1;
        int flags = Flags.BENCHMARK_ENABLED | (streaming ? Flags.STREAMING_ACTIVE : 0)
                | (peaksReset ? Flags.PEAKS_RESET : 0);
        ExtendedFields ext = extended ? new ExtendedFields((float) dcAgc.next(), (float) chroma.next(),
                goertzelCount & UINT32, 0, histogram) : null;
        BenchmarkFrame frame = new BenchmarkFrame(timestampMs(), avgTotal, avgGoertzel,
                avgTotal / HOP_BUDGET_US * 100f, peakTotalUs, peakGoertzelUs, hopCount & UINT32,
                (int) (goertzelCount & 0xFFFF), Flags.of(flags), 0, ext);
        if (peaksReset) {
            peakTotalUs = 0;
            peakGoertzelUs = 0;
        }
        frameIndex++;
        return frame;
    }

    /** Lets {@code frames} frame intervals pass without producing them (nobody was listening). */
    void skip(long frames) {
        frameIndex += frames;
        hopCount += 5 * frames;
        goertzelCount += 5 * frames / 2;
    }

    /** {@code benchmark.start}: statistics restart, streaming flag on. */
    void resetStats() {
        clearStatistics();
        streaming = true;
    }

    /** {@code benchmark.stop}: streaming flag off. */
    void stopStreaming() {
        streaming = false;
    }

    /** A reboot: the clock restarts a few seconds after boot; counters and peaks restart. */
    void reboot() {
        bootTimestampMs = 3_000 + random.nextLong(2_000);
        frameIndex = 0;
        clearStatistics();
        streaming = false;
    }

    /** Counters, peaks and the histogram back to zero (a stats reset and a reboot both do this). */
    private void clearStatistics() {
        hopCount = 0;
        goertzelCount = 0;
        peakTotalUs = 0;
        peakGoertzelUs = 0;
        java.util.Arrays.fill(histogram, 0);
    }

    /** The device time of the next frame, ms since boot (uint32). */
    long timestampMs() {
        return (bootTimestampMs + frameIndex * FRAME_INTERVAL_MS) & UINT32;
    }

    /** Frames produced (or skipped) since boot. */
    long frameIndex() {
        return frameIndex;
    }

    /** Whether STREAMING_ACTIVE is set. */
    boolean streaming() {
        return streaming;
    }

    /** The {@code results} of {@code benchmark.stopped}. */
    Map<String, Object> results() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("avgTotalUs", (float) total.current());
        m.put("avgGoertzelUs", (float) goertzel.current());
        m.put("cpuLoadPercent", (float) total.current() / HOP_BUDGET_US * 100f);
        m.put("hopCount", hopCount & UINT32);
        m.put("peakTotalUs", peakTotalUs);
        return m;
    }

    /** The {@code data} of {@code benchmark.stats}. */
    Map<String, Object> stats() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("streaming", streaming);
        m.put("avgTotalUs", (float) total.current());
        m.put("avgGoertzelUs", (float) goertzel.current());
        m.put("avgDcAgcUs", (float) dcAgc.current());
        m.put("avgChromaUs", (float) chroma.current());
        m.put("peakTotalUs", peakTotalUs);
        m.put("cpuLoadPercent", (float) total.current() / HOP_BUDGET_US * 100f);
        m.put("hopCount", hopCount & UINT32);
        return m;
    }

    private static int clampU16(double v) {
        return (int) Math.min(0xFFFF, Math.max(0, v));
    }

    private static int bin(double hopUs) {
        int[] edges = FrameLayout.HISTOGRAM_UPPER_EDGES_US;
        for (int i = 0; i < edges.length; i++) {
            if (hopUs < edges[i]) {
                return i;
            }
        }
        return edges.length;
    }
}
