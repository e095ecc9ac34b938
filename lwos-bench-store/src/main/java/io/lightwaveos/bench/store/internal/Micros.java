package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.run.Sample;
import java.time.Instant;

/** The store keeps times as integer microseconds since the epoch, UTC. */
public final class Micros {

    private Micros() {
    }

    public static long of(Instant instant) {
        return Sample.toMicros(instant);
    }

    public static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** {@code instant} truncated to the microsecond, as the store will return it. */
    public static Instant truncate(Instant instant) {
        return toInstant(of(instant));
    }
}
