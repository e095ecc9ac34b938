package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.service.history.HistoryGateReport;
import io.lightwaveos.bench.service.history.MetricHistoryGate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One gated frame metric or measure of {@code check --against-history}, as every report of it
 * names it: its id (a measure's {@code suite:name}), the name a table shows (bare, or
 * {@code suite:name} when it is also a frame metric's or another suite's), its suite (empty for a
 * frame metric), unit and gate.
 */
record HistoryCheckRow(String id, String name, String suite, String unit, MetricHistoryGate gate) {

    /** The report's rows: the frame metrics, then the measures, in order. */
    static List<HistoryCheckRow> of(HistoryGateReport report) {
        List<HistoryCheckRow> rows = new ArrayList<>();
        report.metrics().forEach((metric, m) -> rows.add(new HistoryCheckRow(metric.id(), metric.id(), "", metric.unit(), m)));
        Map<String, Integer> suitesByName = new HashMap<>();
        report.measures().keySet().forEach(measure -> suitesByName.merge(measure.name(), 1, Integer::sum));
        report.measures().forEach((measure, m) -> {
            String id = measure.ref().toString();
            boolean ambiguous = Metric.byId(measure.name()).isPresent() || suitesByName.get(measure.name()) > 1;
            rows.add(new HistoryCheckRow(id, ambiguous ? id : measure.name(), measure.suite(), measure.unit(), m));
        });
        return rows;
    }
}
