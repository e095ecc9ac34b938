package io.lightwaveos.bench.analysis.changepoint;

import io.lightwaveos.bench.analysis.gate.GateStatus;

/**
 * The outcome of {@link HistoryGate#evaluate}.
 *
 * @param status          pass, warn or fail (never skipped)
 * @param reason          null for pass; {@code change_point} for fail; for warn
 *                        {@code beyond_prediction_interval} (outside, in the bad direction) or
 *                        {@code better_than_prediction_interval}
 * @param value           the new run's value
 * @param historySize     the number of history values it was gated against
 * @param historyMean     their mean
 * @param predictionLow   lower end of the history's 99 % prediction interval
 * @param predictionHigh  upper end of it
 * @param changePoint     the change point at the new run (in either direction), or null
 */
public record HistoryGateResult(GateStatus status, String reason, double value, int historySize,
                                double historyMean, double predictionLow, double predictionHigh,
                                ChangePoint changePoint) {
}
