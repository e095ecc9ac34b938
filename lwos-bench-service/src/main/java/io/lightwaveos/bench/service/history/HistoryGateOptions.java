package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.metric.Metric;
import java.util.List;

/**
 * How {@link HistoryService#gate} gates a run beyond its query.
 *
 * @param metrics           the metrics to gate, in this order; empty: every metric the run has a
 *                          value of, in registry order
 * @param warnOnImprovement whether a run better than its history warns ({@code --warn-on-improvement});
 *                          by default an improvement passes
 */
public record HistoryGateOptions(List<Metric> metrics, boolean warnOnImprovement) {

    /** Every metric; improvements pass. */
    public static final HistoryGateOptions DEFAULT = new HistoryGateOptions(List.of(), false);

    public HistoryGateOptions {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }
}
