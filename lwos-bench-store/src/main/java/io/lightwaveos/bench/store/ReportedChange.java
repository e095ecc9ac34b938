package io.lightwaveos.bench.store;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A change point that was reported once ({@link ChangeRecords#recordChange}), so that no later run
 * reports it again.
 *
 * @param firstRunId the first run of the new level: with {@code metric} and {@code stat} the key of
 *                   the record
 * @param metric     the metric's id
 * @param stat       the per-run statistic the history was made of ({@code mean})
 * @param revealedBy the run whose gate reported it; null once that run was deleted
 * @param verdict    {@code regressed} or {@code improved}
 * @param before     the level before, in the metric's unit
 * @param after      the level after
 * @param pValue     the change point's p-value
 * @param reportedAt when it was reported, UTC, to the microsecond
 */
public record ReportedChange(UUID firstRunId, String metric, String stat, UUID revealedBy, String verdict,
                             double before, double after, double pValue, Instant reportedAt) {

    /**
     * @throws IllegalArgumentException if the verdict is neither {@code regressed} nor {@code improved}
     */
    public ReportedChange {
        Objects.requireNonNull(firstRunId, "firstRunId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(stat, "stat");
        Objects.requireNonNull(reportedAt, "reportedAt");
        if (!"regressed".equals(verdict) && !"improved".equals(verdict)) {
            throw new IllegalArgumentException("a change's verdict is regressed or improved, got " + verdict);
        }
    }
}
