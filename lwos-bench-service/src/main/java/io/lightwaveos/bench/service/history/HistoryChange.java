package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.analysis.changepoint.ChangePoint;

/**
 * A change point of a history, with the first run after it.
 *
 * @param point        where and how much the series moved
 * @param firstRun     the first run of the new level
 * @param verdict      {@code regressed} or {@code improved}, by the metric's direction
 * @param acknowledged the acknowledgement of this change ({@code lwos-bench ack} at its first run, or
 *                     at a run next to it that the detector could equally have placed it at), or
 *                     null
 */
public record HistoryChange(ChangePoint point, HistoryPoint firstRun, String verdict, AcknowledgedChange acknowledged) {

    /** A change nobody acknowledged. */
    public HistoryChange(ChangePoint point, HistoryPoint firstRun, String verdict) {
        this(point, firstRun, verdict, null);
    }
}
