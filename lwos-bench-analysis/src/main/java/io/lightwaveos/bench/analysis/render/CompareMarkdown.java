package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.compare.MetricComparison;
import io.lightwaveos.bench.run.Run;
import java.io.PrintWriter;

/** {@code compare --format markdown}: a table ready to paste into a pull request. */
public final class CompareMarkdown {

    private CompareMarkdown() {
    }

    /** Prints the report as GitHub-flavoured markdown. */
    public static void print(Run a, Run b, Comparison c, PrintWriter out) {
        out.println("**A** `" + Format.shortId(a.id()) + "` " + escape(a.name()) + " (" + a.sampleCount()
                + " samples) → **B** `" + Format.shortId(b.id()) + "` " + escape(b.name()) + " (" + b.sampleCount()
                + " samples)");
        out.println();
        out.println("| metric | A mean | B mean | change | 95% CI of B − A | p (Holm) | Cohen's d | verdict |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---|");
        for (MetricComparison m : c.metrics()) {
            String unit = " " + m.metric().unit();
            out.println("| `" + m.metric().id() + "` | "
                    + Format.value(m.a().mean()) + unit + " | "
                    + Format.value(m.b().mean()) + unit + " | "
                    + Format.percent(m.relativeChange()) + " | "
                    + "[" + Format.signed(m.adjusted().ci95Lo()) + ", " + Format.signed(m.adjusted().ci95Hi()) + "] | "
                    + Format.pValue(m.adjusted().pHolm()) + " | "
                    + Format.twoDecimals(m.cohensD()) + (m.effectSize() == null ? "" : " (" + m.effectSize().jsonName() + ")")
                    + " | " + verdict(m) + " |");
        }
        out.println();
        out.println("_" + c.regressions() + " regressed, " + c.improvements() + " improved. alpha " + c.alpha()
                + ", min effect " + Format.percent(c.minEffect()).substring(1)
                + "; p from Welch's t-test on effective sample sizes, Holm-adjusted over "
                + CompareText.metrics(c.metrics().size()) + "._");
        out.flush();
    }

    private static String verdict(MetricComparison m) {
        return switch (m.verdict()) {
            case REGRESSED -> "**regressed**";
            case IMPROVED -> "**improved**";
            case NO_SIGNIFICANT_CHANGE -> "no significant change";
        };
    }

    /** Keeps a run name from breaking the table or the emphasis. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if ("\\`*_[]|<>#".indexOf(ch) >= 0) {
                b.append('\\');
            }
            b.append(ch == '\n' || ch == '\r' ? ' ' : ch);
        }
        return b.toString();
    }
}
