package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import java.util.Objects;

/** The rules for a run brought in whole ({@code importRun}), the same for every store. */
public final class ImportedRun {

    private ImportedRun() {
    }

    /**
     * The run as a store keeps it: name, tags and context checked as for a new run, times to the
     * microsecond, no samples yet, quality left for the store to assess.
     *
     * @throws StoreException {@link Reason#INVALID} if it is RUNNING or breaks a rule of {@link NewRun}
     */
    public static Run toStore(Run run) {
        Objects.requireNonNull(run, "run");
        if (run.status() == RunStatus.RUNNING) {
            throw new StoreException(Reason.INVALID, "an imported run must be finished (COMPLETE, INTERRUPTED or"
                    + " FAILED), got RUNNING for run " + run.id());
        }
        NewRun checked = new NewRun(run.id(), run.name(), run.description(), run.tags(), run.source(), run.startedAt(),
                run.context());
        return new Run(run.id(), checked.name(), checked.description(), checked.tags(), checked.source(),
                Micros.truncate(run.startedAt()), run.endedAt() == null ? null : Micros.truncate(run.endedAt()),
                run.status(), 0, run.counters(), run.deviceResults(), run.cachedStats(), checked.context(),
                RunQuality.CLEAN);
    }
}
