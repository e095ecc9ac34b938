package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.metric.Metric;
import java.util.List;
import java.util.Map;

/** Descriptive statistics as text tables, metrics in registry order. */
public final class SummaryTables {

    /** The statistics {@code show} lists, with their labels, in order. */
    private static final List<String[]> FULL = List.of(
            new String[] {"n", "n"}, new String[] {"mean", "mean"}, new String[] {"std", "std"},
            new String[] {"min", "min"}, new String[] {"p50", "p50"}, new String[] {"p90", "p90"},
            new String[] {"p95", "p95"}, new String[] {"p99", "p99"}, new String[] {"p99_9", "p99.9"},
            new String[] {"max", "max"}, new String[] {"mad", "mad"},
            new String[] {"lag1_autocorrelation", "lag-1 autocorr."}, new String[] {"n_eff", "n_eff"});

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

    /** One column per metric (unit in the header), one row per statistic ({@code show}). */
    public static TextTable full(Map<Metric, Summary> summaries) {
        TextTable t = new TextTable().left("statistic");
        summaries.keySet().forEach(m -> t.right(m.id() + " (" + m.unit() + ")"));
        List<Map<String, Double>> columns = summaries.values().stream().map(Summary::asMap).toList();
        for (String[] stat : FULL) {
            String[] row = new String[columns.size() + 1];
            row[0] = stat[1];
            for (int c = 0; c < columns.size(); c++) {
                Double v = columns.get(c).get(stat[0]);
                row[c + 1] = stat[0].equals("n") ? Long.toString(v.longValue()) : Format.value(v);
            }
            t.row(row);
        }
        return t;
    }
}
