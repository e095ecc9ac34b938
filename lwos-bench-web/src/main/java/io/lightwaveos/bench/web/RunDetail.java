package io.lightwaveos.bench.web;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run as its page shows it: the run, the statistics of every metric it has samples for
 * (computed now), its measures with the statistics of their values, and its first events.
 *
 * @param run         the run (context, counters, cached statistics)
 * @param stats       metric → summary, in registry order
 * @param measures    measure → summary of its values, in the run's order; empty when it holds none
 * @param events      the run's first events, in order, at most {@link DashboardData#RUN_EVENTS}
 * @param eventsTotal how many events the run has
 */
public record RunDetail(Run run, Map<Metric, Summary> stats, Map<Measure, Summary> measures, List<RunEvent> events,
        int eventsTotal) {
    public RunDetail {
        Objects.requireNonNull(run, "run");
        stats = Collections.unmodifiableMap(new LinkedHashMap<>(stats));
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        events = List.copyOf(events);
    }
}
