package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.text.Printable;
import io.lightwaveos.bench.analysis.compare.Compared;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.run.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** {@code compare --format markdown}: the text report's content as Markdown, ready to paste into a pull request. */
public final class CompareMarkdown {

    private CompareMarkdown() {
    }

    /** Prints the report as GitHub-flavoured Markdown. */
    public static void print(CompareReport report, PrintWriter out) {
        Comparison c = report.comparison();
        out.println("**A** " + describe(report.a()) + " → **B** " + describe(report.b()));
        out.println();
        for (String w : report.warnings()) {
            out.println("> **warning:** " + escape(w));
        }
        if (!report.warnings().isEmpty()) {
            out.println();
        }
        out.println("**" + escape(CompareWords.headline(c)) + "**");
        out.println();
        if (!c.metrics().isEmpty()) {
            out.println("| metric | A mean ± sd | B mean ± sd | change [95 % CI] | p (Holm) | verdict |");
            out.println("|---|---:|---:|---:|---:|---|");
            for (Compared m : c.metrics()) {
                String unit = m.unit().isEmpty() ? "" : " " + m.unit();
                out.println("| " + code(m.id()) + " | "
                        + Format.meanAndSd(m.a().mean(), m.a().std()) + unit + " | "
                        + Format.meanAndSd(m.b().mean(), m.b().std()) + unit + " | "
                        + Format.percentWithInterval(m.relativeChange(), m.ci95Relative()) + " | "
                        + Format.pValue(m.adjusted().pHolm()) + " | " + verdict(m) + " |");
            }
        }
        List<MeasureRow> measures = MeasureRow.of(c);
        if (!measures.isEmpty()) {
            if (!c.metrics().isEmpty()) {
                out.println();
            }
            out.println("| measure | suite | unit | A | B | change [95 % CI] | p (Holm) | verdict |");
            out.println("|---|---|---|---:|---:|---:|---:|---|");
            for (MeasureRow r : measures) {
                out.println("| " + code(r.name()) + " | " + escape(r.suite()) + " | " + escape(r.unit()) + " | "
                        + r.baseline() + " | " + r.current() + " | " + r.change() + " | "
                        + Format.pValue(r.measure().adjusted().pHolm()) + " | " + emphasis(r.measure(), escape(r.verdict()))
                        + " |");
            }
        }
        bullets(CompareWords.details(c), out);
        out.println();
        out.println("_" + escape(CompareText.footer(c)) + "_");
        out.flush();
    }

    /** The Markdown as a string. */
    public static String render(CompareReport report) {
        StringWriter s = new StringWriter();
        print(report, new PrintWriter(s));
        return s.toString();
    }

    private static String describe(Run r) {
        return "`" + Format.shortId(r.id()) + "` " + escape(Printable.of(r.name())) + " (" + r.sampleCount() + " samples)";
    }

    private static String verdict(Compared m) {
        return emphasis(m, m.verdict().jsonName() + CompareText.qualifier(m));
    }

    /** Bold for a regression or an improvement, italic for an inconclusive verdict. */
    private static String emphasis(Compared m, String word) {
        return switch (m.verdict()) {
            case REGRESSED, IMPROVED -> "**" + word + "**";
            case INCONCLUSIVE -> "_" + word + "_";
            case EQUIVALENT -> word;
        };
    }

    /** After a blank line, one escaped bullet per line; nothing when there are none. */
    public static void bullets(List<String> lines, PrintWriter out) {
        if (!lines.isEmpty()) {
            out.println();
            lines.forEach(line -> out.println("- " + escape(line)));
        }
    }

    /** A name in code style, kept from breaking the table. */
    private static String code(String name) {
        return "`" + name.replace("`", "'").replace("|", "\\|") + "`";
    }

    /** Keeps a run name or a sentence from breaking a Markdown table or its emphasis (a backslash before each special character). */
    public static String escape(String text) {
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
