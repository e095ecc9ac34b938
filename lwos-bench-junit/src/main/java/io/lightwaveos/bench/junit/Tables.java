package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.RunSummary;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.analysis.render.CheckText;
import io.lightwaveos.bench.analysis.render.CompareText;
import io.lightwaveos.bench.analysis.render.Style;
import io.lightwaveos.bench.analysis.render.SummaryTables;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;

/** The command line's tables, as failure messages (plain text, no colour). */
final class Tables {

    private Tables() {
    }

    /** The {@code compare} table, with its verdicts and the line that sums them up. */
    static String comparison(Comparison c) {
        return render(out -> CompareText.printTable(c, Style.PLAIN, out));
    }

    /** The {@code compare} table below the lines naming runs A and B ({@code header}; none when null). */
    static String comparison(Comparison c, String header) {
        String table = comparison(c);
        return header == null ? table : header + System.lineSeparator() + System.lineSeparator() + table;
    }

    /** The {@code check} table: overall result, then each key's statistic, limits and status. */
    static String gate(GateResult result, boolean strict) {
        return render(out -> CheckText.printTable(result, strict, Style.PLAIN, out));
    }

    /** The brief summary table {@code collect} ends with (n, mean, p50, p95, p99 per metric). */
    static String summary(RunSummary summary) {
        return SummaryTables.brief(summary.metrics()).toString();
    }

    private static String render(Consumer<PrintWriter> print) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            print.accept(out);
        }
        return text.toString().stripTrailing();
    }
}
