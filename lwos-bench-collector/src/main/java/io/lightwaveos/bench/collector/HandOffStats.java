package io.lightwaveos.bench.collector;

/**
 * How the hand-off queue between the socket and the sink behaved: evidence that memory stayed
 * bounded ({@link CollectionHandle#handOffStats()}).
 *
 * @param highWatermark depth at which socket reading is paused
 * @param lowWatermark  depth at which it is resumed
 * @param capacity      hard limit; reaching it would block the event loop (a stall) instead of
 *                      dropping a frame
 * @param maxDepth      the deepest the queue has been
 * @param pauses        times reading was paused (auto-read switched off)
 * @param resumes       times reading was resumed (auto-read switched back on)
 * @param stalls        times the event loop had to wait for room (0 when the watermarks held)
 */
public record HandOffStats(
        int highWatermark,
        int lowWatermark,
        int capacity,
        int maxDepth,
        long pauses,
        long resumes,
        long stalls) {
}
