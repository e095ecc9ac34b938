package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.metric.Metric;
import java.util.List;

/**
 * How {@link HistoryService#gate} gates a run beyond its query.
 *
 * @param metrics           the metrics to gate, in this order; with {@code measures} empty too: every
 *                          metric the run has a value of, in registry order, and every measure of the
 *                          run that has a direction
 * @param warnOnImprovement whether a run better than its history warns ({@code --warn-on-improvement});
 *                          by default an improvement passes
 * @param measures          the measures ({@code suite:name}) to gate, after the metrics
 */
public record HistoryGateOptions(List<Metric> metrics, boolean warnOnImprovement, List<MeasureRef> measures) {

    /** Every metric; improvements pass. */
    public static final HistoryGateOptions DEFAULT = new HistoryGateOptions(List.of(), false);

    public HistoryGateOptions {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /** Options naming frame metrics only (none: every metric and measure of the run). */
    public HistoryGateOptions(List<Metric> metrics, boolean warnOnImprovement) {
        this(metrics, warnOnImprovement, List.of());
    }
}
