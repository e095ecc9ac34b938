package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.analysis.gate.MetricGateResult;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import java.io.PrintWriter;
import java.util.Locale;

/** {@code check} for people: the overall result, then each baseline key's statistic, limits and status. */
public final class CheckText {

    private CheckText() {
    }

    /** Prints the gate result of {@code run} against the baseline read from {@code baselineName}. */
    public static void print(Run run, String baselineName, GateResult result, boolean strict, Style style,
            PrintWriter out) {
        out.println("check " + Format.shortId(run.id()) + " \"" + run.name() + "\" against " + baselineName + ": "
                + status(result.result(), style).toUpperCase(Locale.ROOT)
                + (strict && result.result() == GateStatus.WARN ? " (fails with --strict)" : ""));
        out.println();
        printRows(result, style, out);
    }

    /**
     * Prints the overall result and the table without naming a run and a baseline file (what a
     * harness's failed assertion shows).
     */
    public static void printTable(GateResult result, boolean strict, Style style, PrintWriter out) {
        out.println("gate: " + status(result.result(), style).toUpperCase(Locale.ROOT)
                + (strict && result.result() == GateStatus.WARN ? " (fails when strict)" : ""));
        printRows(result, style, out);
    }

    private static void printRows(GateResult result, Style style, PrintWriter out) {
        TextTable t = new TextTable().left("metric").left("unit").left("stat").right("baseline").right("value")
                .right("change").right("warn limit").right("fail limit").left("status");
        for (MetricGateResult m : result.metrics()) {
            t.row(m.metric(), Metric.byId(m.metric()).map(Metric::unit).orElse(""), m.stat(),
                    Format.value(m.baseline()), Format.value(m.value()), change(m), Format.value(m.warningLimit()),
                    Format.value(m.failureLimit()), status(m.status(), style));
        }
        t.print(out);
        out.flush();
    }

    private static String change(MetricGateResult m) {
        if (m.change() == null) {
            return Format.NONE;
        }
        String abs = Format.signed(m.change());
        return m.baseline() == 0 ? abs : abs + " (" + Format.percent(m.change() / Math.abs(m.baseline())) + ")";
    }

    private static String status(GateStatus s, Style style) {
        return switch (s) {
            case PASS -> style.good(s.jsonName());
            case WARN -> style.warn(s.jsonName());
            case FAIL -> style.bad(s.jsonName());
            case SKIPPED -> style.dim(s.jsonName());
        };
    }
}
