package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.analysis.changepoint.HistoryGate;
import io.lightwaveos.bench.analysis.changepoint.HistoryGateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.Style;
import io.lightwaveos.bench.analysis.render.TextTable;
import io.lightwaveos.bench.service.history.AcknowledgedChange;
import io.lightwaveos.bench.service.history.ChangeReport;
import io.lightwaveos.bench.service.history.HistoryChange;
import io.lightwaveos.bench.service.history.HistoryGateReport;
import io.lightwaveos.bench.service.history.MetricHistoryGate;
import io.lightwaveos.bench.text.Printable;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code check --against-history}: one row per metric and the overall result; with too little
 * history, a plain "not enough history" line instead of a table of intervals that mean nothing. The
 * header names the history's rig, branch and workload (a pull request gated with
 * {@code --branch main} says {@code branch main}); acknowledged changes the history starts at and
 * change points this run reveals late follow the table.
 */
public final class HistoryCheckText {

    private HistoryCheckText() {
    }

    /** The table and the result line. */
    public static void print(HistoryGateReport report, Style style, PrintWriter out) {
        out.println(headline(report));
        printAcknowledged(report, out);
        String note = report.note();
        if (note != null) {
            out.println(Character.toUpperCase(note.charAt(0)) + note.substring(1) + ": the run is not gated. Gate it"
                    + " once " + HistoryGate.MIN_HISTORY + " earlier runs of this rig, branch and workload are stored.");
            out.println("Result: " + style.good("PASS") + " (" + HistoryGateResult.NOT_ENOUGH_HISTORY.replace('_', ' ') + ")");
            return;
        }
        TextTable t = new TextTable().left("metric").right("value").right("history mean").left("99% prediction")
                .left("change point").left("status");
        HistoryCheckRow.of(report).forEach(row -> {
            MetricHistoryGate m = row.gate();
            HistoryGateResult r = m.gate();
            t.row(row.id(), Format.value(r.value(), row.unit()), Format.value(r.historyMean(), row.unit()),
                    r.enoughHistory() ? "[" + Format.value(r.predictionLow()) + ", " + Format.value(r.predictionHigh()) + "]"
                            : Format.NONE,
                    r.changePoint() == null ? Format.NONE : Format.percent(r.changePoint().relativeChange()) + ", p = "
                            + Format.pValue(r.changePoint().pValue()),
                    status(m, style));
        });
        t.print(out);
        HistoryCheckRow.of(report).forEach(row -> {
            for (ChangeReport c : row.gate().late()) {
                out.println(late(row, c, style));
            }
        });
        GateStatus overall = report.overall();
        out.println("Result: " + paint(overall, overall.jsonName().toUpperCase(java.util.Locale.ROOT), style));
    }

    /** {@code Run 1a2b3c4d "nightly" against the 20 runs before it (rig bench-1, branch main, workload -)}. */
    static String headline(HistoryGateReport report) {
        return "Run " + Format.shortId(report.run().id()) + " \"" + Printable.of(report.run().name())
                + "\" against the " + report.historyRuns() + " runs before it (rig " + orNone(report.rig()) + ", branch "
                + orNone(report.branch()) + ", workload " + orNone(report.workload()) + ")";
    }

    /** {@code avg_total_us: history from the change acknowledged at run … "…": reason}, once per acknowledgement. */
    static void printAcknowledged(HistoryGateReport report, PrintWriter out) {
        Map<AcknowledgedChange, StringBuilder> metricsBy = new LinkedHashMap<>();
        HistoryCheckRow.of(report).forEach(row -> {
            if (row.gate().since() != null) {
                StringBuilder b = metricsBy.computeIfAbsent(row.gate().since(), k -> new StringBuilder());
                b.append(b.length() == 0 ? "" : ", ").append(row.id());
            }
        });
        metricsBy.forEach((a, metrics) -> out.println(metrics + ": history from the change acknowledged at run "
                + Format.shortId(a.runId()) + " \"" + Printable.of(a.runName()) + "\": " + Printable.of(a.reason())));
    }

    static String late(HistoryCheckRow metric, ChangeReport c, Style style) {
        HistoryChange ch = c.change();
        String first = "run " + Format.shortId(ch.firstRun().run().id()) + " \"" + Printable.of(ch.firstRun().run().name())
                + "\"" + (ch.firstRun().commit() == null ? "" : " commit " + Printable.of(ch.firstRun().commit()));
        String words = metric.id() + " " + ch.verdict() + " at " + first + ": " + Format.value(ch.point().before(),
                metric.unit()) + " → " + Format.value(ch.point().after(), metric.unit()) + " ("
                + Format.percent(ch.point().relativeChange()) + "), p = " + Format.pValue(ch.point().pValue())
                + "; found late, reported on this run" + (c.firstReport() ? "" : " (reported on it before)")
                + " and on no later run";
        return c.regressed() ? style.bad(words) : style.good(words);
    }

    static String status(MetricHistoryGate m, Style style) {
        HistoryGateResult r = m.gate();
        String text = m.status().jsonName() + (m.reason() == null ? "" : " (" + m.reason().replace('_', ' ')
                + (r.enoughHistory() ? "" : ": " + r.historySize() + " runs") + ")");
        return paint(m.status(), text, style);
    }

    private static String paint(GateStatus status, String text, Style style) {
        return switch (status) {
            case FAIL -> style.bad(text);
            case WARN -> style.warn(text);
            default -> style.good(text);
        };
    }

    static String orNone(String s) {
        return s == null ? "-" : Printable.of(s);
    }
}
