package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.analysis.changepoint.HistoryGateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import java.util.List;

/**
 * One metric of a run gated against its history ({@link HistoryService#gate}).
 *
 * @param gate    the gate of the run's value against the history runs ({@link HistoryGateResult})
 * @param status  the metric's status: the gate's, made {@code fail} by a late change point in the bad
 *                direction that this run reveals (and {@code warn} by a late improvement when
 *                improvements warn)
 * @param reason  the gate's reason, or {@code late_change_point} / {@code late_improvement} when a
 *                late change decided the status
 * @param since   the acknowledged change the history starts at (its runs are that run and the runs
 *                after it), or null
 * @param changes the change points this run reveals ({@link ChangeReports}), late ones and one at this
 *                run; empty when the run is not part of the history it was gated against (a pull
 *                request gated against {@code main})
 */
public record MetricHistoryGate(HistoryGateResult gate, GateStatus status, String reason, AcknowledgedChange since,
                                List<ChangeReport> changes) {

    /** The reason of a fail by a change point found late, before this run, reported on this run. */
    public static final String LATE_CHANGE_POINT = "late_change_point";
    /** The reason of a warn by an improvement found late (with {@code --warn-on-improvement}). */
    public static final String LATE_IMPROVEMENT = "late_improvement";

    public MetricHistoryGate {
        changes = List.copyOf(changes);
    }

    /** The late change points among {@link #changes} (before this run). */
    public List<ChangeReport> late() {
        return changes.stream().filter(c -> !c.atThisRun()).toList();
    }
}
