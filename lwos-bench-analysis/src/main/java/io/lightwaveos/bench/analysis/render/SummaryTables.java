package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.metric.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Descriptive statistics as text tables, metrics and statistics in their registries' order. */
public final class SummaryTables {

    private SummaryTables() {
    }

    /** One row per metric: unit, n, mean, p50, p95, p99 (the end of {@code collect}). */
    public static TextTable brief(Map<Metric, Summary> summaries) {
        TextTable t = new TextTable().left("metric").left("unit").right("n").right("mean").right("p50")
                .right("p95").right("p99");
        summaries.forEach((m, s) -> t.row(m.id(), m.unit(), Integer.toString(s.n()), Format.value(s.mean()),
                Format.value(s.p50()), Format.value(s.p95()), Format.value(s.p99())));
        return t;
    }

    /**
     * One column per metric (unit in the header), one row per statistic of the registry
     * ({@link SummaryStat}, in its order; the median shows once, as p50) ({@code show}).
     *
     * @param statistics per metric, statistic id → value ({@link Summary#asMap()} form, as a store
     *                   caches them); a missing or null value prints as {@value Format#NONE}
     */
    public static TextTable full(Map<Metric, Map<String, Double>> statistics) {
        TextTable t = new TextTable().left("statistic");
        statistics.keySet().forEach(m -> t.right(m.id() + " (" + m.unit() + ")"));
        for (SummaryStat stat : SummaryStat.all()) {
            if (stat.isAlias()) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(stat.label());
            for (Map<String, Double> s : statistics.values()) {
                Double v = s.get(stat.id());
                row.add(stat.isCount() && v != null ? Long.toString(v.longValue()) : Format.value(v));
            }
            t.row(row.toArray(String[]::new));
        }
        return t;
    }
}
