package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.analysis.changepoint.HistoryGateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.analysis.render.CompareMarkdown;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.JUnitXml;
import io.lightwaveos.bench.analysis.render.Style;
import io.lightwaveos.bench.service.history.ChangeReport;
import io.lightwaveos.bench.service.history.HistoryGateReport;
import io.lightwaveos.bench.service.history.MetricHistoryGate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code check --against-history} for a pull request comment or job summary (Markdown) and for CI
 * servers (JUnit XML): one row, or test case, per frame metric and measure (name, suite, unit, the
 * history's mean, the run's value, the relative change, the 99 % prediction interval, the status and
 * why), the same decision the text report shows.
 */
public final class HistoryCheckMarkdown {

    private HistoryCheckMarkdown() {
    }

    /** Prints the report as GitHub-flavoured Markdown. */
    public static void markdown(HistoryGateReport report, boolean strict, PrintWriter out) {
        GateStatus overall = report.overall();
        out.println("**" + escape(HistoryCheckText.headline(report)) + ": " + overall.jsonName().toUpperCase(Locale.ROOT)
                + "**" + (strict && overall == GateStatus.WARN ? " (fails with --strict)" : ""));
        out.println();
        if (report.note() != null) {
            out.println("> " + escape(report.note()) + ": the run is not gated.");
            out.println();
        }
        out.println("| metric or measure | suite | unit | history mean | value | change | 99 % prediction | status |");
        out.println("|---|---|---|---:|---:|---:|---|---|");
        for (HistoryCheckRow row : HistoryCheckRow.of(report)) {
            HistoryGateResult r = row.gate().gate();
            out.println("| `" + row.name().replace("`", "'").replace("|", "\\|") + "` | " + escape(row.suite()) + " | "
                    + escape(row.unit()) + " | " + Format.value(r.historyMean()) + " | " + Format.value(r.value()) + " | "
                    + Format.percent(row.gate().relativeChange()) + " | " + prediction(r) + " | "
                    + emphasised(row.gate()) + " |");
        }
        CompareMarkdown.bullets(lateLines(report), out);
        out.flush();
    }

    /**
     * Prints the report as JUnit XML: a fail is a failure, a warn too with {@code strict}, a row
     * without enough history is skipped; the text report is the suite's output.
     */
    public static void junit(HistoryGateReport report, boolean strict, Writer out) {
        List<JUnitXml.Case> cases = new ArrayList<>();
        for (HistoryCheckRow row : HistoryCheckRow.of(report)) {
            MetricHistoryGate m = row.gate();
            HistoryGateResult r = m.gate();
            String line = row.name() + (row.suite().isEmpty() ? "" : " (" + row.suite() + ")") + ": value "
                    + Format.value(r.value(), row.unit()) + ", history mean " + Format.value(r.historyMean(), row.unit())
                    + ", change " + Format.percent(m.relativeChange()) + ", 99 % prediction " + prediction(r) + ": "
                    + HistoryCheckText.status(m, Style.PLAIN);
            if (!r.enoughHistory()) {
                cases.add(JUnitXml.Case.skipped(row.name(), row.name() + ": " + r.note()));
            } else if (m.status() == GateStatus.FAIL || strict && m.status() == GateStatus.WARN) {
                cases.add(JUnitXml.Case.failed(row.name(), m.status().jsonName(), line, line));
            } else {
                cases.add(JUnitXml.Case.passed(row.name(), line));
            }
        }
        Map<String, String> properties = new TreeMap<>();
        properties.put("run", report.run().id().toString());
        properties.put("baseline_kind", "history");
        properties.put("history_runs", Integer.toString(report.historyRuns()));
        properties.put("strict", Boolean.toString(strict));
        properties.put("result", report.overall().jsonName());
        StringWriter text = new StringWriter();
        HistoryCheckText.print(report, Style.PLAIN, new PrintWriter(text));
        JUnitXml.suite("check", "check \"" + report.run().name() + "\" (" + Format.shortId(report.run().id())
                + ") against its history", report.run(), properties, cases, text.toString(), out);
    }

    private static List<String> lateLines(HistoryGateReport report) {
        List<String> out = new ArrayList<>();
        for (HistoryCheckRow row : HistoryCheckRow.of(report)) {
            for (ChangeReport c : row.gate().late()) {
                out.add(HistoryCheckText.late(row, c, Style.PLAIN));
            }
        }
        return out;
    }

    private static String prediction(HistoryGateResult r) {
        return r.enoughHistory() ? "[" + Format.value(r.predictionLow()) + ", " + Format.value(r.predictionHigh()) + "]"
                : Format.NONE;
    }

    private static String emphasised(MetricHistoryGate m) {
        String word = escape(HistoryCheckText.status(m, Style.PLAIN));
        return switch (m.status()) {
            case FAIL -> "**" + word + "**";
            case WARN -> "_" + word + "_";
            default -> word;
        };
    }

    private static String escape(String text) {
        return CompareMarkdown.escape(text);
    }
}
