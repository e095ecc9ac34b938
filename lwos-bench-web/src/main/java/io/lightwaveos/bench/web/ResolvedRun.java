package io.lightwaveos.bench.web;

import io.lightwaveos.bench.run.RunStatus;
import java.util.Objects;
import java.util.UUID;

/**
 * A run a reference resolved to: just what a controller needs to address it and label a response.
 *
 * @param id          the run's UUID
 * @param name        its human name
 * @param status      its life-cycle state at the time of the lookup
 * @param sampleCount samples stored at the time of the lookup (also while the run is RUNNING);
 *                    sample seqs are 0 to {@code sampleCount - 1}
 */
public record ResolvedRun(UUID id, String name, RunStatus status, long sampleCount) {
    public ResolvedRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        if (sampleCount < 0) {
            throw new IllegalArgumentException("sampleCount must be >= 0, got " + sampleCount);
        }
    }

    /** The seq of the newest stored sample, -1 when there is none. */
    public long lastSeq() {
        return sampleCount - 1;
    }
}
