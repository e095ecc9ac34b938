package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Direction;
import java.util.List;
import java.util.Optional;

/**
 * A metric's history: the points in start order, their change points, and the changes acknowledged
 * at its runs.
 *
 * @param query        what was asked
 * @param rig          the rig the points belong to (the one asked for, or the newest run's), null
 *                     when rigs are mixed or unknown
 * @param workload     the effect name likewise
 * @param points       oldest first
 * @param changes      by ascending index
 * @param acknowledged the acknowledged changes of the metric at runs of {@code points}, oldest first
 * @param measure      for a measure's history, the measure as its newest run holds it (its unit and
 *                     direction); null for a frame metric's or when no run holds it
 */
public record History(HistoryQuery query, String rig, String workload, List<HistoryPoint> points,
                      List<HistoryChange> changes, List<AcknowledgedChange> acknowledged, Measure measure) {

    public History {
        points = List.copyOf(points);
        changes = List.copyOf(changes);
        acknowledged = acknowledged == null ? List.of() : List.copyOf(acknowledged);
    }

    /** A frame metric's history. */
    public History(HistoryQuery query, String rig, String workload, List<HistoryPoint> points,
                   List<HistoryChange> changes, List<AcknowledgedChange> acknowledged) {
        this(query, rig, workload, points, changes, acknowledged, null);
    }

    /** A history without acknowledged changes. */
    public History(HistoryQuery query, String rig, String workload, List<HistoryPoint> points,
                   List<HistoryChange> changes) {
        this(query, rig, workload, points, changes, List.of());
    }

    /** What it is the history of: the metric id or the measure's {@code suite:name}. */
    public String subject() {
        return query.subject();
    }

    /** The unit of its values. */
    public String unit() {
        return query.metric() != null ? query.metric().unit() : measure != null ? measure.unit() : "";
    }

    /** Which way is better; empty for a measure that is reported and never gated. */
    public Optional<Direction> direction() {
        return query.metric() != null ? Optional.of(query.metric().direction())
                : measure != null ? measure.direction() : Optional.empty();
    }

    /** The per-run values, oldest first. */
    public double[] values() {
        return points.stream().mapToDouble(HistoryPoint::value).toArray();
    }

    /** The index of the point of run {@code runId}, or -1. */
    public int indexOf(java.util.UUID runId) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).run().id().equals(runId)) {
                return i;
            }
        }
        return -1;
    }
}
