package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.analysis.changepoint.HistoryGate;
import io.lightwaveos.bench.analysis.changepoint.HistoryGateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.Style;
import io.lightwaveos.bench.analysis.render.TextTable;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.json.HistoryCheckJson;
import io.lightwaveos.bench.text.Printable;
import java.io.PrintWriter;
import java.util.Map;

/**
 * {@code check --against-history}: one row per metric and the overall result; with too little
 * history, a plain "not enough history" line instead of a table of intervals that mean nothing.
 */
public final class HistoryCheckText {

    private HistoryCheckText() {
    }

    /** The table and the result line. */
    public static void print(Run run, Map<Metric, HistoryGateResult> results, Style style, PrintWriter out) {
        int runs = HistoryCheckJson.historyRuns(results);
        out.println("Run " + Format.shortId(run.id()) + " \"" + Printable.of(run.name()) + "\" against the " + runs
                + " runs before it (rig " + orNone(run.context().rig()) + ", branch " + orNone(run.context().vcs().branch())
                + ", workload " + orNone(run.context().workload().effectName()) + ")");
        String note = HistoryCheckJson.note(results);
        if (note != null) {
            out.println(Character.toUpperCase(note.charAt(0)) + note.substring(1) + ": the run is not gated. Gate it"
                    + " once " + HistoryGate.MIN_HISTORY + " earlier runs of this rig, branch and workload are stored.");
            out.println("Result: " + style.good("PASS") + " (" + HistoryGateResult.NOT_ENOUGH_HISTORY.replace('_', ' ') + ")");
            return;
        }
        TextTable t = new TextTable().left("metric").right("value").right("history mean").left("99% prediction")
                .left("change point").left("status");
        results.forEach((metric, r) -> t.row(metric.id(), Format.value(r.value(), metric.unit()),
                Format.value(r.historyMean(), metric.unit()),
                r.enoughHistory() ? "[" + Format.value(r.predictionLow()) + ", " + Format.value(r.predictionHigh()) + "]"
                        : Format.NONE,
                r.changePoint() == null ? Format.NONE : Format.percent(r.changePoint().relativeChange()) + ", p = "
                        + Format.pValue(r.changePoint().pValue()),
                status(r, style)));
        t.print(out);
        GateStatus overall = HistoryCheckJson.overall(results);
        out.println("Result: " + paint(overall, overall.jsonName().toUpperCase(java.util.Locale.ROOT), style));
    }

    private static String status(HistoryGateResult r, Style style) {
        String text = r.status().jsonName() + (r.reason() == null ? "" : " (" + r.reason().replace('_', ' ')
                + (r.enoughHistory() ? "" : ": " + r.historySize() + " runs") + ")");
        return paint(r.status(), text, style);
    }

    private static String paint(GateStatus status, String text, Style style) {
        return switch (status) {
            case FAIL -> style.bad(text);
            case WARN -> style.warn(text);
            default -> style.good(text);
        };
    }

    private static String orNone(String s) {
        return s == null ? "-" : Printable.of(s);
    }
}
