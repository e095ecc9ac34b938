package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.TextTable;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import java.util.List;
import java.util.Map;

/** {@code list-runs}: one row per run, newest first, with the cached means of the two headline metrics. */
public final class RunListTable {

    private RunListTable() {
    }

    /** The table of {@code runs}. */
    public static TextTable of(List<Run> runs) {
        TextTable t = new TextTable().left("id").left("name").left("status").left("started").right("duration")
                .right("samples").right("avg_total_us (µs)").right("cpu_load (%)").left("tags");
        for (Run r : runs) {
            t.row(Format.shortId(r.id()), r.name(), r.status().name(), Format.time(r.startedAt()),
                    Format.duration(r.startedAt(), r.endedAt()), Long.toString(r.sampleCount()),
                    cachedMean(r, Metric.AVG_TOTAL_US), cachedMean(r, Metric.CPU_LOAD_PERCENT),
                    String.join(",", r.tags()));
        }
        return t;
    }

    private static String cachedMean(Run run, Metric metric) {
        Map<String, Double> stats = run.cachedStats().get(metric.id());
        return stats == null ? Format.NONE : Format.value(stats.get("mean"));
    }
}
