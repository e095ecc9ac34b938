package io.lightwaveos.bench.collector.internal.session;

/**
 * Watches the device's {@code timestampMs} and {@code hopCount} from frame to frame and says when
 * something other than a normal 100 ms step happened:
 * <ul>
 *   <li>{@link #GAP}: the timestamp advanced by more than 1.5 frame intervals; frames were lost on
 *       the way. {@link #lastLostEstimate()} = round(step / interval) - 1, at least 1.</li>
 *   <li>{@link #REBOOT}: the timestamp stepped backwards (the device restarted its clock).</li>
 *   <li>{@link #STATS_RESET}: the timestamp went forward but {@code hopCount} stepped backwards
 *       ({@code benchmark.start} reset the device's statistics).</li>
 * </ul>
 * A gap and a stats reset can come together; a reboot is reported alone. The 32-bit timestamp
 * wraps after 49.7 days: a backwards step whose forward distance modulo 2^32 is under an hour is
 * a wrap, not a reboot. Plain Java, allocation-free, single-threaded.
 */
public final class FrameTracker {

    /** Nothing unusual (also the first frame). */
    public static final int NORMAL = 0;
    /** Bit: frames were lost before this one. */
    public static final int GAP = 1;
    /** Bit: the device rebooted before this frame. */
    public static final int REBOOT = 2;
    /** Bit: the device's statistics were reset before this frame. */
    public static final int STATS_RESET = 4;

    /** A backwards step closer than this to the 2^32 wrap point is read as a wrap. */
    static final long WRAP_WINDOW_MS = 3_600_000L;
    private static final long UINT32_MASK = 0xFFFF_FFFFL;

    private final long intervalMs;
    private boolean hasPrevious;
    private long previousTimestampMs;
    private long previousHopCount;
    private long lastStepMs;
    private long lastLostEstimate;

    /**
     * @param intervalMs the nominal device milliseconds between frames (100)
     * @throws IllegalArgumentException if not positive
     */
    public FrameTracker(long intervalMs) {
        if (intervalMs <= 0) {
            throw new IllegalArgumentException("intervalMs must be positive, got " + intervalMs);
        }
        this.intervalMs = intervalMs;
    }

    /**
     * Takes the next frame's fields (both uint32) and returns {@link #NORMAL} or a combination of
     * {@link #GAP}, {@link #REBOOT} and {@link #STATS_RESET} bits.
     */
    public int observe(long timestampMs, long hopCount) {
        if (!hasPrevious) {
            hasPrevious = true;
            remember(timestampMs, hopCount);
            lastStepMs = 0;
            lastLostEstimate = 0;
            return NORMAL;
        }
        long before = previousTimestampMs;
        long hopsBefore = previousHopCount;
        remember(timestampMs, hopCount);
        long forward = (timestampMs - before) & UINT32_MASK;
        lastLostEstimate = 0;
        if (timestampMs < before && forward > WRAP_WINDOW_MS) {
            lastStepMs = timestampMs - before;
            return REBOOT;
        }
        lastStepMs = forward;
        int result = NORMAL;
        if (2 * forward > 3 * intervalMs) {
            lastLostEstimate = Math.max(1, Math.round((double) forward / intervalMs) - 1);
            result |= GAP;
        }
        if (hopCount < hopsBefore) {
            result |= STATS_RESET;
        }
        return result;
    }

    /** Whether {@code result} of {@link #observe} has {@code bit} set. */
    public static boolean has(int result, int bit) {
        return (result & bit) != 0;
    }

    /** The last timestamp step, ms: forward (wraps resolved), or negative after a reboot. */
    public long lastStepMs() {
        return lastStepMs;
    }

    /** Frames estimated lost before the last frame; 0 unless it was a {@link #GAP}. */
    public long lastLostEstimate() {
        return lastLostEstimate;
    }

    /** The timestamp of the last frame observed. */
    public long previousTimestampMs() {
        return previousTimestampMs;
    }

    /** The hop count of the last frame observed. */
    public long previousHopCount() {
        return previousHopCount;
    }

    private void remember(long timestampMs, long hopCount) {
        previousTimestampMs = timestampMs;
        previousHopCount = hopCount;
    }
}
