package io.lightwaveos.bench.frame;

import java.util.Objects;

/**
 * One decoded benchmark frame, compact (32 bytes) or extended (64 bytes).
 *
 * <p>Unsigned 32-bit fields are held in a {@code long} (0 to 2^32-1), unsigned 16-bit fields in an
 * {@code int} (0 to 65535), floats exactly as sent. Times are microseconds, load is percent.
 *
 * @param timestampMs    device milliseconds since boot (uint32, wraps at 2^32, resets on reboot)
 * @param avgTotalUs     EMA of the whole hop-processing time, µs
 * @param avgGoertzelUs  EMA of Goertzel time on hops where it ran, µs
 * @param cpuLoadPercent avgTotalUs / 20000 µs hop budget × 100
 * @param peakTotalUs    maximum hop time since the last peak reset, µs (uint16)
 * @param peakGoertzelUs maximum Goertzel time since the last peak reset, µs (uint16)
 * @param hopCount       audio hops since stats reset (uint32)
 * @param goertzelCount  hops on which Goertzel ran, low 16 bits (uint16)
 * @param flags          the flags byte
 * @param reserved       byte 31, kept as received (0 to 255)
 * @param extended       the extended part, or {@code null} for a compact frame
 */
public record BenchmarkFrame(
        long timestampMs,
        float avgTotalUs,
        float avgGoertzelUs,
        float cpuLoadPercent,
        int peakTotalUs,
        int peakGoertzelUs,
        long hopCount,
        int goertzelCount,
        Flags flags,
        int reserved,
        ExtendedFields extended) {

    static final long UINT32_MAX = 0xFFFF_FFFFL;
    static final int UINT16_MAX = 0xFFFF;

    /**
     * @throws IllegalArgumentException if an unsigned field is out of its range
     * @throws NullPointerException     if {@code flags} is null
     */
    public BenchmarkFrame {
        Objects.requireNonNull(flags, "flags");
        checkRange("timestampMs", timestampMs, UINT32_MAX);
        checkRange("peakTotalUs", peakTotalUs, UINT16_MAX);
        checkRange("peakGoertzelUs", peakGoertzelUs, UINT16_MAX);
        checkRange("hopCount", hopCount, UINT32_MAX);
        checkRange("goertzelCount", goertzelCount, UINT16_MAX);
        checkRange("reserved", reserved, 0xFF);
    }

    /** A compact frame (no extended part). */
    public static BenchmarkFrame compact(long timestampMs, float avgTotalUs, float avgGoertzelUs,
            float cpuLoadPercent, int peakTotalUs, int peakGoertzelUs, long hopCount,
            int goertzelCount, Flags flags, int reserved) {
        return new BenchmarkFrame(timestampMs, avgTotalUs, avgGoertzelUs, cpuLoadPercent,
                peakTotalUs, peakGoertzelUs, hopCount, goertzelCount, flags, reserved, null);
    }

    /** Whether this is an extended (64-byte) frame. */
    public boolean isExtended() {
        return extended != null;
    }

    /** The encoded size: 32 for compact, 64 for extended. */
    public int size() {
        return extended == null ? FrameLayout.COMPACT_SIZE : FrameLayout.EXTENDED_SIZE;
    }

    /** This frame without its extended part. */
    public BenchmarkFrame toCompact() {
        return extended == null ? this : new BenchmarkFrame(timestampMs, avgTotalUs, avgGoertzelUs,
                cpuLoadPercent, peakTotalUs, peakGoertzelUs, hopCount, goertzelCount, flags, reserved, null);
    }

    static void checkRange(String field, long value, long max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " must be between 0 and " + max + ", got " + value);
        }
    }
}
