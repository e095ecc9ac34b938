package io.lightwaveos.bench.service.history;

import java.util.List;

/**
 * A metric's history: the points in start order and their change points.
 *
 * @param query        what was asked
 * @param rig          the rig the points belong to (the one asked for, or the newest run's), null
 *                     when rigs are mixed or unknown
 * @param workload     the effect name likewise
 * @param points       oldest first
 * @param changes      by ascending index
 */
public record History(HistoryQuery query, String rig, String workload, List<HistoryPoint> points,
                      List<HistoryChange> changes) {

    public History {
        points = List.copyOf(points);
        changes = List.copyOf(changes);
    }

    /** The per-run values, oldest first. */
    public double[] values() {
        return points.stream().mapToDouble(HistoryPoint::value).toArray();
    }
}
