package io.lightwaveos.bench.service.history;

import java.time.Instant;
import java.util.UUID;

/**
 * A change of a metric acknowledged as expected at a run ({@code lwos-bench ack}, SPEC §15): a
 * deliberate trade-off. History shows it; gates against history compare a later run only with the
 * acknowledged run and the runs after it.
 *
 * @param runId          the run at which the change is acknowledged: the first run of the new level
 * @param runName        its name
 * @param runStartedAt   its start, UTC
 * @param metric         the metric's id
 * @param reason         why the change is expected
 * @param acknowledgedAt when it was acknowledged, UTC
 */
public record AcknowledgedChange(UUID runId, String runName, Instant runStartedAt, String metric, String reason,
                                 Instant acknowledgedAt) {
}
