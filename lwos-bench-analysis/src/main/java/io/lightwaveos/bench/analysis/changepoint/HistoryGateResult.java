package io.lightwaveos.bench.analysis.changepoint;

import io.lightwaveos.bench.analysis.gate.GateStatus;

/**
 * The outcome of {@link HistoryGate#evaluate}.
 *
 * @param status          pass, warn or fail (never skipped)
 * @param reason          null for a gated pass; {@code not_enough_history} for a pass that was not
 *                        gated (fewer than {@link HistoryGate#MIN_HISTORY} runs); {@code change_point}
 *                        for fail; {@code beyond_prediction_interval} for warn (outside, in the bad
 *                        direction); {@code better_than_prediction_interval} for an improvement (a
 *                        pass, or a warn when improvements were asked to warn)
 * @param value           the new run's value
 * @param historySize     the number of history values it was gated against (with too little
 *                        history: the number of history values there are)
 * @param historyMean     their mean; NaN without history
 * @param predictionLow   lower end of the history's 99 % prediction interval, never below 0 when
 *                        no history value is negative; NaN with too little history
 * @param predictionHigh  upper end of it; NaN with too little history
 * @param predictionScale {@code log} (the interval was computed on the logarithms: every value
 *                        was positive), {@code linear}, or null with too little history
 * @param changePoint     the change point at the new run (in either direction), or null
 */
public record HistoryGateResult(GateStatus status, String reason, double value, int historySize,
                                double historyMean, double predictionLow, double predictionHigh,
                                String predictionScale, ChangePoint changePoint) {

    /** The reason of a pass that was not gated because the history is too short. */
    public static final String NOT_ENOUGH_HISTORY = "not_enough_history";

    /** Whether the history was long enough to gate the run ({@link HistoryGate#MIN_HISTORY} runs). */
    public boolean enoughHistory() {
        return !NOT_ENOUGH_HISTORY.equals(reason);
    }

    /**
     * {@code not enough history (2 runs, the rule needs 5)} when the run was not gated, else null.
     */
    public String note() {
        return enoughHistory() ? null : notEnoughHistory(historySize);
    }

    /** {@code not enough history (2 runs, the rule needs 5)}. */
    public static String notEnoughHistory(int runs) {
        return "not enough history (" + runs + (runs == 1 ? " run" : " runs") + ", the rule needs "
                + HistoryGate.MIN_HISTORY + ")";
    }
}
