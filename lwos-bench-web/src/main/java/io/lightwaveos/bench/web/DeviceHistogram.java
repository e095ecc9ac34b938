package io.lightwaveos.bench.web;

import io.lightwaveos.bench.frame.FrameLayout;

/**
 * The hop-time histogram the device itself keeps, as carried by the newest extended frame of a run.
 * The device counts since its last statistics reset; bin upper edges (exclusive) are
 * {@link FrameLayout#HISTOGRAM_UPPER_EDGES_US}, the last bin is everything at or above 6400 µs.
 *
 * @param extendedFrames how many extended frames the run has (at least 1)
 * @param seq            seq of the newest extended frame, whose bins these are
 * @param counts         the 8 bins
 */
public record DeviceHistogram(long extendedFrames, long seq, int[] counts) {
    public DeviceHistogram {
        if (counts == null || counts.length != FrameLayout.HISTOGRAM_BINS) {
            throw new IllegalArgumentException("expected " + FrameLayout.HISTOGRAM_BINS + " bins, got "
                    + (counts == null ? "null" : counts.length));
        }
        if (extendedFrames < 1) {
            throw new IllegalArgumentException("extendedFrames must be >= 1, got " + extendedFrames);
        }
        counts = counts.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }
}
