package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.text.Printable;
import io.lightwaveos.bench.analysis.compare.Compared;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.compare.MetricComparison;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * {@code compare} for people: the two runs, warnings about either, one headline line, a table
 * (mean ± sd of each run, the relative change with its 95% interval, the Holm-adjusted p, the
 * verdict), then a detail line for every regressed, improved or inconclusive metric. With
 * {@code verbose}, a second table holds the plain tests (Welch, Student, Mann-Whitney, Cohen's d)
 * that the verdict does not use.
 */
public final class CompareText {

    private CompareText() {
    }

    /** Prints the report. */
    public static void print(CompareReport report, boolean verbose, Style style, PrintWriter out) {
        Comparison c = report.comparison();
        out.println("A  " + describe(report.a()));
        out.println("B  " + describe(report.b()));
        for (String w : report.warnings()) {
            out.println(style.warn("warning: " + w));
        }
        out.println();
        ContextComparison.table(report.a(), report.b()).print(out);
        out.println();
        printTable(c, verbose, style, out);
    }

    /**
     * Prints the report without the lines naming the runs and their warnings: the headline, the
     * table, the detail lines and what p means (what a harness's failed assertion shows).
     */
    public static void printTable(Comparison c, boolean verbose, Style style, PrintWriter out) {
        out.println(CompareWords.headline(c));
        out.println();
        TextTable t = new TextTable().left("metric").left("unit").right("A mean ± sd").right("B mean ± sd")
                .right("change [95 % CI]").right("p (Holm)").left("verdict");
        for (Compared m : c.all()) {
            t.row(m.id(), m.unit(), Format.meanAndSd(m.a().mean(), m.a().std()),
                    Format.meanAndSd(m.b().mean(), m.b().std()), Format.percentWithInterval(m.relativeChange(),
                            m.ci95Relative()), Format.pValue(m.adjusted().pHolm()), verdict(m, style));
        }
        t.print(out);
        List<String> details = CompareWords.details(c);
        if (!details.isEmpty()) {
            out.println();
            details.forEach(out::println);
        }
        if (verbose) {
            out.println();
            plainTests(c).print(out);
        }
        out.println();
        out.println(footer(c));
        out.flush();
    }

    /** {@link #printTable(Comparison, boolean, Style, PrintWriter)} without the plain tests. */
    public static void printTable(Comparison c, Style style, PrintWriter out) {
        printTable(c, false, style, out);
    }

    /** The report as a string, without colour: what an assertion failure message shows. */
    public static String render(CompareReport report, boolean verbose) {
        StringWriter s = new StringWriter();
        print(report, verbose, Style.PLAIN, new PrintWriter(s));
        return s.toString();
    }

    /** The plain tests, kept for comparison with other tools; the verdict does not use them. */
    static TextTable plainTests(Comparison c) {
        TextTable t = new TextTable().left("plain tests").right("mean diff").right("Welch p").right("Student p")
                .right("Mann-Whitney p").right("Cohen's d").right("n_eff A").right("n_eff B");
        for (Compared m : c.all()) {
            t.row(m.id(), Format.signed(m.meanDiff()), Format.pValue(m.welch().p()),
                    Format.pValue(m.student().p()), Format.pValue(m.mannWhitney().p()),
                    Format.twoDecimals(m.cohensD()) + (m.effectSize() == null ? "" : " (" + m.effectSize().jsonName() + ")"),
                    Format.twoDecimals(m.adjusted().nEffA()), Format.twoDecimals(m.adjusted().nEffB()));
        }
        return t;
    }

    /** What p and the verdicts mean, and which metrics are derived. */
    static String footer(Comparison c) {
        long family = c.all().stream().filter(m -> m.counted() && m.adjusted().p() != null).count();
        String derived = c.metrics().stream().filter(MetricComparison::derived)
                .map(m -> m.metric().id() + " is derived from " + m.metric().derivedFrom().orElseThrow().id())
                .reduce((x, y) -> x + ", " + y).map(d -> " " + d + ": same verdict logic, not counted.").orElse("");
        return "p (Holm): Welch's t-test on effective sample sizes (the samples are autocorrelated), Holm-adjusted over "
                + metrics((int) family) + "; alpha " + c.alpha() + ", min effect " + Format.percentMagnitude(c.minEffect())
                + "; equivalent: the 90 % CI lies within ±" + Format.percentMagnitude(c.minEffect()) + "." + derived;
    }

    /** The verdict as a word, coloured on a terminal: regressed red, improved green, inconclusive amber, equivalent dim. */
    static String verdict(Compared m, Style style) {
        String word = m.verdict().jsonName() + qualifier(m);
        return switch (m.verdict()) {
            case REGRESSED -> style.bad(arrow(m, style) + word);
            case IMPROVED -> style.good(arrow(m, style) + word);
            case INCONCLUSIVE -> style.warn(word);
            case EQUIVALENT -> style.dim(word);
        };
    }

    /** {@code  (derived)} for a derived metric, {@code  (not gated)} for a measure without direction, else nothing. */
    static String qualifier(Compared m) {
        if (m instanceof MetricComparison mc) {
            return mc.derived() ? " (derived)" : "";
        }
        return m.direction().isEmpty() ? " (not gated)" : "";
    }

    private static String arrow(Compared m, Style style) {
        if (!style.colour() || m.meanDiff() == null) {
            return "";
        }
        return m.meanDiff() > 0 ? "\u2191 " : "\u2193 ";
    }

    /** {@code 3f2b8c1e "baseline", 300 samples, 2026-11-26 14:02:19Z}. */
    static String describe(Run r) {
        return Format.shortId(r.id()) + " \"" + Printable.of(r.name()) + "\", " + r.sampleCount() + " samples, "
                + Format.time(r.startedAt()) + (r.status() == RunStatus.COMPLETE ? "" : ", " + r.status().name());
    }

    /** {@code 1 metric}, {@code 5 metrics}. */
    static String metrics(int n) {
        return n == 1 ? "1 metric" : n + " metrics";
    }
}
