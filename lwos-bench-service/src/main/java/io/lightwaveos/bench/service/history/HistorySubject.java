package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Metric;
import java.util.Objects;

/**
 * What a history can be of ({@link HistoryService#subjects}): a frame metric or a measure, and the
 * name that asks for it where a metric is asked for ({@code history NAME}, the dashboard's history
 * page). The name is the bare one when it stands for this alone; a name that is both a frame metric
 * and a measure, or a measure of several suites, is {@code suite:name} for the measure and
 * {@code frame:NAME} for the frame metric (SPEC §14: never mixed silently).
 *
 * @param address the name to ask for it by
 * @param metric  the frame metric, or null
 * @param measure the measure as the newest run holding it has it (its unit and direction), or null
 */
public record HistorySubject(String address, Metric metric, Measure measure) {

    /** Exactly one of metric and measure. */
    public HistorySubject {
        Objects.requireNonNull(address, "address");
        if ((metric == null) == (measure == null)) {
            throw new IllegalArgumentException("a subject is a frame metric or a measure, one of them");
        }
    }

    /** The unambiguous id: the metric id, or the measure's {@code suite:name}. */
    public String id() {
        return metric != null ? metric.id() : measure.ref().toString();
    }
}
