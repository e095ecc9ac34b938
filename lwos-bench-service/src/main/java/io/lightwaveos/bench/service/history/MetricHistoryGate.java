package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.analysis.changepoint.HistoryGateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.analysis.gate.ThresholdDecision;
import io.lightwaveos.bench.measure.Threshold;
import java.util.List;

/**
 * One metric of a run gated against its history ({@link HistoryService#gate}).
 *
 * @param gate    the gate of the run's value against the history runs ({@link HistoryGateResult})
 * @param status  the metric's status: the gate's, made {@code fail} by a late change point in the bad
 *                direction that this run reveals (and {@code warn} by a late improvement when
 *                improvements warn)
 * @param reason  the gate's reason, or {@code late_change_point} / {@code late_improvement} when a
 *                late change decided the status; decided by declared thresholds ({@link #decidedBy}),
 *                the decision's words ({@code beyond warn +3%}), null for a pass
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

    /**
     * The run's value against its history's mean, as a fraction ({@code (value - mean) / mean}); when a
     * late change point in the bad direction failed the gate, that step's own change (not diluted by
     * the runs after it). Null without history or with a zero mean.
     */
    public Double relativeChange() {
        Double relative = gate.historyMean() != 0 && Double.isFinite(gate.historyMean())
                ? (gate.value() - gate.historyMean()) / gate.historyMean() : null;
        if (status == GateStatus.FAIL) {
            for (ChangeReport c : late()) {
                if (c.regressed() && c.change().point().relativeChange() != null) {
                    relative = c.change().point().relativeChange();
                }
            }
        }
        return relative;
    }

    /**
     * This gate decided by declared warn/fail thresholds AND the statistics
     * ({@link ThresholdDecision#withThreshold}, as {@code ci} decides): "real" is this gate's
     * {@code fail} (a change point at this run, or one found late).
     *
     * @param t the declared thresholds of the metric or measure
     * @return the same gate with the decision's status and words as its reason
     */
    public MetricHistoryGate decidedBy(Threshold t) {
        ThresholdDecision d = ThresholdDecision.withThreshold(relativeChange(), t, status == GateStatus.FAIL,
                failWords());
        return new MetricHistoryGate(gate, d.decision(), d.reason(), since, changes);
    }

    /** What a {@code fail} of this gate means, in words: a change point at this run, or one found late. */
    public String failWords() {
        return LATE_CHANGE_POINT.equals(reason)
                ? "a change point found late, reported on this run" : "a change point at this run";
    }
}
