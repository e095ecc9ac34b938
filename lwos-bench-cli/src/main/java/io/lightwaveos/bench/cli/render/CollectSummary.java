package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.text.Printable;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.SummaryTables;
import io.lightwaveos.bench.collector.CollectionResult;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The end of {@code collect}: the run id and status, mean/p50/p95/p99 per metric, the counters, the device vitals. */
public final class CollectSummary {

    private CollectSummary() {
    }

    /** Prints the summary of a finished run. */
    public static void print(Run run, CollectionResult result, Map<Metric, Summary> summaries, PrintWriter out) {
        line(run, result, out);
        out.println();
        if (!summaries.isEmpty()) {
            SummaryTables.brief(summaries).print(out);
            out.println();
        }
        out.println("counters: " + RunText.counters(run.counters()));
        out.println("context: " + ContextText.line(run.context()));
        out.println("quality: " + ContextText.quality(run));
        if (!run.deviceResults().isEmpty()) {
            out.println("device results: " + RunText.deviceResults(run.deviceResults()));
        }
        if (!result.measures().isEmpty()) {
            out.println("device vitals: " + vitals(result.measures()));
        }
        out.flush();
    }

    /** {@code device_fps 120.00 fps (mean of 12), free_heap_min_bytes 183204 bytes, ...}. */
    static String vitals(MeasureSet measures) {
        StringJoiner line = new StringJoiner(", ");
        for (Measure m : measures) {
            line.add(m.name() + " " + Format.value(m.mean(), m.unit())
                    + (m.count() > 1 ? " (mean of " + m.count() + ")" : ""));
        }
        return line.toString();
    }

    /** {@code Run <id> "<name>": COMPLETE, 101 samples in 10.4 s (duration reached)}. */
    public static void line(Run run, CollectionResult result, PrintWriter out) {
        out.println("Run " + run.id() + " \"" + Printable.of(run.name()) + "\": " + run.status() + ", " + run.sampleCount()
                + " samples in " + Format.duration(result.elapsed())
                + " (" + result.stopReason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
    }
}
