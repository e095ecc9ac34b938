package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.analysis.changepoint.ChangePoint;

/**
 * A change point of a history, with the first run after it.
 *
 * @param point    where and how much the series moved
 * @param firstRun the first run of the new level
 * @param verdict  {@code regressed} or {@code improved}, by the metric's direction
 */
public record HistoryChange(ChangePoint point, HistoryPoint firstRun, String verdict) {
}
