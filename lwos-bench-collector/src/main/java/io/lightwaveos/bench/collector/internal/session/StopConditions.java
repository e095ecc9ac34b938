package io.lightwaveos.bench.collector.internal.session;

import java.time.Duration;

/**
 * The configured ends of a collection besides an external stop and failures: a duration (from
 * the first subscribe) and a sample count.
 *
 * @param duration   how long to collect, {@code null} for no limit
 * @param maxSamples how many samples to collect, 0 for no limit
 */
public record StopConditions(Duration duration, long maxSamples) {

    public StopConditions {
        if (duration != null && (duration.isZero() || duration.isNegative())) {
            throw new IllegalArgumentException("duration must be positive, got " + duration);
        }
        if (maxSamples < 0) {
            throw new IllegalArgumentException("maxSamples must be >= 0 (0 = no limit), got " + maxSamples);
        }
    }

    /** Whether {@code samples} received reach the sample limit. */
    public boolean sampleLimitReached(long samples) {
        return maxSamples > 0 && samples >= maxSamples;
    }

    /** Whether a duration limit is set. */
    public boolean hasDuration() {
        return duration != null;
    }
}
