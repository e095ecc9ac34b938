package io.lightwaveos.bench.run;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored benchmark frame of a run.
 *
 * @param seq              0-based order within the run
 * @param receivedAtMicros host UTC time the frame arrived, microseconds since the epoch
 * @param frame            the decoded frame
 */
public record Sample(long seq, long receivedAtMicros, BenchmarkFrame frame) {
    public Sample {
        if (seq < 0) {
            throw new IllegalArgumentException("seq must be >= 0, got " + seq);
        }
        Objects.requireNonNull(frame, "frame");
    }

    /** {@link #receivedAtMicros()} as an {@link Instant}. */
    public Instant receivedAt() {
        return Instant.ofEpochSecond(Math.floorDiv(receivedAtMicros, 1_000_000L),
                Math.floorMod(receivedAtMicros, 1_000_000L) * 1_000L);
    }

    /** Microseconds since the epoch of {@code instant}, truncated to the microsecond. */
    public static long toMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
    }
}
