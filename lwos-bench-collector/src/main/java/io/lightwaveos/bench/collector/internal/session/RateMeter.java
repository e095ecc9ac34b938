package io.lightwaveos.bench.collector.internal.session;

/**
 * Samples per second over roughly the last second, from (time, count) readings taken at each
 * session tick. Written by the session thread, read from any.
 */
final class RateMeter {

    private static final int SLOTS = 5;
    private final long[] nanos = new long[SLOTS];
    private final long[] counts = new long[SLOTS];
    private int filled;
    private int next;
    private volatile double perSecond;

    void record(long nowNanos, long count) {
        nanos[next] = nowNanos;
        counts[next] = count;
        next = (next + 1) % SLOTS;
        filled = Math.min(filled + 1, SLOTS);
        if (filled > 1) {
            int oldest = filled < SLOTS ? 0 : next;
            long dt = nowNanos - nanos[oldest];
            perSecond = dt <= 0 ? 0 : (count - counts[oldest]) * 1e9 / dt;
        }
    }

    double perSecond() {
        return perSecond;
    }
}
