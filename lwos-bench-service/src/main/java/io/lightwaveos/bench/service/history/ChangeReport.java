package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.service.MetricOrMeasure;
import java.util.UUID;

/**
 * A change point of a run's own history that this run reveals ({@link ChangeReports#report}): found
 * within the last runs of the history, and reported on no other run before. It is recorded in the
 * store as reported by this run, so no later run reports it again; gating this same run again (a
 * retried CI job) gives it back, with {@code firstReport} false.
 *
 * @param subject     the frame metric or measure ({@code suite:name}) whose history it is
 * @param stat        the per-run statistic of the history
 * @param change      where and how much the level moved, with the first run of the new level
 * @param revealedBy  the run that reported it (this run)
 * @param atThisRun   whether the change is at the revealing run itself (else it is late: its first run
 *                    came before, and the history found it only now)
 * @param firstReport true when recorded by this call; false when it was recorded by an earlier gate
 *                    of the same run (or the store is read-only and nothing could be recorded)
 */
public record ChangeReport(MetricOrMeasure subject, SummaryStat stat, HistoryChange change, UUID revealedBy,
                           boolean atThisRun, boolean firstReport) {

    /** Whether the level moved in the metric's or measure's bad direction. */
    public boolean regressed() {
        return "regressed".equals(change.verdict());
    }
}
