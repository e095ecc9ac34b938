package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.TextTable;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.text.Printable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code list-runs}: one row per run, newest first, with the cached means of the two headline
 * metrics, the compact context (rig, firmware, effect, branch, short commit) and the quality.
 */
public final class RunListTable {

    /** How much of a name (and of the tags) a row shows: long ones would push every column off the screen. */
    private static final int MAX_NAME = 60;

    private RunListTable() {
    }

    /** The table of {@code runs}, none of which holds measures. */
    public static TextTable of(List<Run> runs) {
        return of(runs, Map.of());
    }

    /**
     * The table of {@code runs} with how many measures each holds ({@code measureCounts}: run id →
     * count; a run missing holds none). A run without samples that holds measures shows
     * {@code measures only} as its samples.
     */
    public static TextTable of(List<Run> runs, Map<UUID, Integer> measureCounts) {
        TextTable t = new TextTable().left("id").left("name").left("status").left("started").right("duration")
                .right("samples").right("measures").right("avg_total_us (µs)").right("cpu_load (%)").left("rig")
                .left("firmware").left("effect").left("branch").left("commit").left("quality").left("tags");
        for (Run r : runs) {
            RunContext c = r.context();
            int measures = measureCounts.getOrDefault(r.id(), 0);
            t.row(Format.shortId(r.id()), Printable.truncate(r.name(), MAX_NAME), r.status().name(), Format.time(r.startedAt()),
                    Format.duration(r.startedAt(), r.endedAt()),
                    r.sampleCount() == 0 && measures > 0 ? "measures only" : Long.toString(r.sampleCount()),
                    measures == 0 ? Format.NONE : Integer.toString(measures),
                    cachedMean(r, Metric.AVG_TOTAL_US), cachedMean(r, Metric.CPU_LOAD_PERCENT),
                    ContextText.orNone(c.rig()), ContextText.orNone(c.device().firmware()),
                    ContextText.orNone(c.workload().effectName()), ContextText.orNone(c.vcs().branch()),
                    ContextText.shortCommit(c.vcs().commit()),
                    r.quality().isClean() ? "clean" : String.join(",", r.quality().jsonNames()),
                    Printable.truncate(String.join(",", r.tags()), MAX_NAME));
        }
        return t;
    }

    private static String cachedMean(Run run, Metric metric) {
        Map<String, Double> stats = run.cachedStats().get(metric.id());
        return stats == null ? Format.NONE : Format.value(stats.get("mean"));
    }
}
