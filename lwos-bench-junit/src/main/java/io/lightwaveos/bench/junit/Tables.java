package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.RunSummary;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.analysis.render.CheckText;
import io.lightwaveos.bench.analysis.render.CompareText;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.Style;
import io.lightwaveos.bench.analysis.render.SummaryTables;
import io.lightwaveos.bench.analysis.render.TextTable;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.text.Printable;
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

    /**
     * A run's measures, one row each: {@code suite:name}, unit, which way is better, the number of
     * values, and the value (a single value) or the mean of the repeats with their range.
     */
    static String measures(MeasureSet measures) {
        if (measures.isEmpty()) {
            return "(no measures)";
        }
        TextTable t = new TextTable().left("measure").left("unit").left("better").right("n").right("value / mean")
                .right("min").right("max");
        for (Measure m : measures) {
            Summary s = Summary.of(m.values());
            boolean single = m.count() == 1;
            t.row(Printable.truncate(m.ref().toString(), 80), m.unit().isEmpty() ? Format.NONE : Printable.of(m.unit()),
                    m.direction().map(d -> d == Direction.LOWER_IS_BETTER ? "lower" : "higher").orElse("not gated"),
                    Integer.toString(m.count()), Format.value(s.mean()), single ? Format.NONE : Format.value(s.min()),
                    single ? Format.NONE : Format.value(s.max()));
        }
        return t.toString().stripTrailing();
    }

    private static String render(Consumer<PrintWriter> print) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            print.accept(out);
        }
        return text.toString().stripTrailing();
    }
}
