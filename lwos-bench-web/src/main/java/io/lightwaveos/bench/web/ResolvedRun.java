package io.lightwaveos.bench.web;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import java.util.Objects;
import java.util.UUID;

/**
 * A run a reference resolved to, once per request: the controllers pass it to the
 * {@link DashboardData} methods, which read the run from it instead of looking it up again.
 *
 * @param run the run as it was at the time of the lookup
 */
public record ResolvedRun(Run run) {
    public ResolvedRun {
        Objects.requireNonNull(run, "run");
    }

    /** The run's UUID. */
    public UUID id() {
        return run.id();
    }

    /** Its human name. */
    public String name() {
        return run.name();
    }

    /** Its life-cycle state at the time of the lookup. */
    public RunStatus status() {
        return run.status();
    }

    /**
     * Samples stored at the time of the lookup (also while the run is RUNNING); sample seqs are 0 to
     * {@code sampleCount - 1}.
     */
    public long sampleCount() {
        return run.sampleCount();
    }

    /** The seq of the newest stored sample, -1 when there is none. */
    public long lastSeq() {
        return run.sampleCount() - 1;
    }
}
