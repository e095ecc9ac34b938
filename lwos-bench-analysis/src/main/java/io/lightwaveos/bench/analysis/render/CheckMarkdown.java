package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.analysis.gate.GateReason;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.analysis.gate.MetricGateResult;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.text.Printable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Optional;

/** {@code check --format markdown}: the text report's content as Markdown, for a pull request comment or a job summary. */
public final class CheckMarkdown {

    private CheckMarkdown() {
    }

    /** Prints the gate result of {@code run} against the baseline read from {@code baselineName}. */
    public static void print(Run run, String baselineName, GateResult result, boolean strict, PrintWriter out) {
        out.println("**check** `" + Format.shortId(run.id()) + "` " + escape(Printable.of(run.name())) + " against `"
                + Printable.of(baselineName).replace("`", "'") + "`: **" + result.result().jsonName().toUpperCase(Locale.ROOT)
                + "**" + (strict && result.result() == GateStatus.WARN ? " (fails with --strict)" : ""));
        out.println();
        out.println("| metric | stat | baseline | value [95 % CI] | change | warn limit | fail limit | status |");
        out.println("|---|---|---:|---:|---:|---:|---:|---|");
        for (MetricGateResult m : result.metrics()) {
            String unit = Metric.byId(m.metric()).map(x -> " " + x.unit()).orElse("");
            String value = m.value() == null ? Format.NONE : Format.value(m.value()) + unit
                    + (m.ci95() == null ? "" : " " + Format.range(m.ci95()));
            out.println("| `" + escapeCode(m.metric()) + "` | " + m.stat() + " | " + Format.value(m.baseline()) + unit + " | "
                    + value + " | " + change(m) + " | " + Format.value(m.warningLimit()) + " | "
                    + Format.value(m.failureLimit()) + " | " + status(m) + " |");
        }
        boolean first = true;
        for (MetricGateResult m : result.metrics()) {
            Optional<String> line = CheckText.detail(m);
            if (line.isPresent()) {
                if (first) {
                    out.println();
                    first = false;
                }
                out.println("- " + escape(line.get()));
            }
        }
        out.flush();
    }

    /** The Markdown as a string. */
    public static String render(Run run, String baselineName, GateResult result, boolean strict) {
        StringWriter s = new StringWriter();
        print(run, baselineName, result, strict, new PrintWriter(s));
        return s.toString();
    }

    private static String change(MetricGateResult m) {
        if (m.change() == null) {
            return Format.NONE;
        }
        String abs = Format.signed(m.change());
        return m.baseline() == 0 ? abs : abs + " (" + Format.percentChange(m.change() / Math.abs(m.baseline())) + ")";
    }

    private static String status(MetricGateResult m) {
        String word = m.status().jsonName() + (m.reason() == GateReason.POSSIBLE_FAILURE ? " (possible failure)" : "");
        return switch (m.status()) {
            case FAIL -> "**" + word + "**";
            case WARN -> "_" + word + "_";
            case PASS, SKIPPED -> word;
        };
    }

    /** Keeps a name or a sentence from breaking the table or the emphasis. */
    static String escape(String text) {
        return CompareMarkdown.escape(text);
    }

    /** Inside backticks only the backtick and the table's bar need care. */
    private static String escapeCode(String text) {
        return Printable.of(text).replace("`", "'").replace("|", "\\|");
    }
}
