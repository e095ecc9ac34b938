package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.compare.MetricComparison;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code compare} for people: a benchstat-like table (metric, A, B, change, p, verdict), then the
 * older tool's lines for the two headline metrics (mean difference, p-value, Cohen's d with its
 * label).
 */
public final class CompareText {

    /** The metrics that get a line of their own under the table, as the older Python tool printed. */
    static final List<Metric> HEADLINE = List.of(Metric.AVG_TOTAL_US, Metric.CPU_LOAD_PERCENT);

    private CompareText() {
    }

    /** Prints the report. */
    public static void print(Run a, Run b, Comparison c, Style style, PrintWriter out) {
        out.println("A  " + describe(a));
        out.println("B  " + describe(b));
        out.println();
        printTable(c, style, out);
    }

    /**
     * Prints the report without the two lines naming the runs: the table, the headline metrics'
     * lines and the counts (what a harness's failed assertion shows).
     */
    public static void printTable(Comparison c, Style style, PrintWriter out) {
        TextTable t = new TextTable().left("metric").left("unit").right("A mean").right("B mean").right("change")
                .right("p (Holm)").left("verdict");
        for (MetricComparison m : c.metrics()) {
            t.row(m.metric().id(), m.metric().unit(), Format.value(m.a().mean()), Format.value(m.b().mean()),
                    Format.percent(m.relativeChange()), Format.pValue(m.adjusted().pHolm()), verdict(m, style));
        }
        t.print(out);
        out.println();
        for (MetricComparison m : c.metrics()) {
            if (HEADLINE.contains(m.metric())) {
                out.println(headline(m));
            }
        }
        out.println();
        out.println(c.regressions() + " regressed, " + c.improvements() + " improved, "
                + (c.metrics().size() - c.regressions() - c.improvements()) + " without significant change"
                + " (alpha " + c.alpha() + ", min effect " + Format.percent(c.minEffect()).substring(1) + ").");
        out.println("p: Welch's t-test on effective sample sizes (the samples are autocorrelated),"
                + " Holm-adjusted over " + metrics(c.metrics().size()) + ".");
        out.flush();
    }

    /**
     * The older tool's line for one metric: {@code avg_total_us: mean difference +7.9271 µs (+5.42%),
     * p-value 9.4e-05 (Welch 3.1e-46), Cohen's d 1.32 (large)}.
     */
    public static String headline(MetricComparison m) {
        String unit = m.metric().unit();
        return m.metric().id() + ": mean difference " + Format.signed(m.meanDiff())
                + (m.meanDiff() == null ? "" : " " + unit)
                + " (" + Format.percent(m.relativeChange()) + ")"
                + ", 95% CI [" + Format.signed(m.adjusted().ci95Lo()) + ", " + Format.signed(m.adjusted().ci95Hi()) + "]"
                + ", p-value " + Format.pValue(m.adjusted().p()) + " (plain Welch " + Format.pValue(m.welch().p()) + ")"
                + ", Cohen's d " + Format.twoDecimals(m.cohensD())
                + (m.effectSize() == null ? "" : " (" + m.effectSize().jsonName() + ")");
    }

    /** The verdict as words, coloured on a terminal. */
    static String verdict(MetricComparison m, Style style) {
        return switch (m.verdict()) {
            case REGRESSED -> style.bad(arrow(m, style) + "regressed");
            case IMPROVED -> style.good(arrow(m, style) + "improved");
            case NO_SIGNIFICANT_CHANGE -> "no significant change";
        };
    }

    private static String arrow(MetricComparison m, Style style) {
        if (!style.colour() || m.meanDiff() == null) {
            return "";
        }
        return m.meanDiff() > 0 ? "\u2191 " : "\u2193 ";
    }

    /** {@code 3f2b8c1e "baseline", 300 samples, 2026-11-26 14:02:19Z}. */
    static String describe(Run r) {
        return Format.shortId(r.id()) + " \"" + r.name() + "\", " + r.sampleCount() + " samples, "
                + Format.time(r.startedAt()) + (r.status() == io.lightwaveos.bench.run.RunStatus.COMPLETE ? ""
                        : ", " + r.status().name());
    }

    /** {@code 1 metric}, {@code 5 metrics}. */
    static String metrics(int n) {
        return n == 1 ? "1 metric" : n + " metrics";
    }
}
