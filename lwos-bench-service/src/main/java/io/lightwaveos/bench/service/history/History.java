package io.lightwaveos.bench.service.history;

import java.util.List;

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
 */
public record History(HistoryQuery query, String rig, String workload, List<HistoryPoint> points,
                      List<HistoryChange> changes, List<AcknowledgedChange> acknowledged) {

    public History {
        points = List.copyOf(points);
        changes = List.copyOf(changes);
        acknowledged = acknowledged == null ? List.of() : List.copyOf(acknowledged);
    }

    /** A history without acknowledged changes. */
    public History(HistoryQuery query, String rig, String workload, List<HistoryPoint> points,
                   List<HistoryChange> changes) {
        this(query, rig, workload, points, changes, List.of());
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
