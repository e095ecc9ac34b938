package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.text.Printable;
import io.lightwaveos.bench.analysis.gate.GateReason;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.analysis.gate.MetricGateResult;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code check} for people: the overall result, each baseline key's statistic with its 95%
 * interval, the limits and the status, then a line for every metric that warned or failed.
 */
public final class CheckText {

    private CheckText() {
    }

    /** Prints the gate result of {@code run} against the baseline read from {@code baselineName}. */
    public static void print(Run run, String baselineName, GateResult result, boolean strict, Style style,
            PrintWriter out) {
        out.println("check " + Format.shortId(run.id()) + " \"" + Printable.of(run.name()) + "\" against " + baselineName + ": "
                + status(result.result(), style).toUpperCase(Locale.ROOT)
                + (strict && result.result() == GateStatus.WARN ? " (fails with --strict)" : ""));
        out.println();
        printRows(result, style, out);
    }

    /**
     * Prints the overall result and the table without naming a run and a baseline file (what a
     * harness's failed assertion shows).
     */
    public static void printTable(GateResult result, boolean strict, Style style, PrintWriter out) {
        out.println("gate: " + status(result.result(), style).toUpperCase(Locale.ROOT)
                + (strict && result.result() == GateStatus.WARN ? " (fails when strict)" : ""));
        printRows(result, style, out);
    }

    private static void printRows(GateResult result, Style style, PrintWriter out) {
        TextTable t = new TextTable().left("metric").left("unit").left("stat").right("baseline").right("value")
                .right("95 % CI").right("change").right("warn limit").right("fail limit").left("status");
        for (MetricGateResult m : result.metrics()) {
            t.row(m.metric(), unit(m), m.stat(), Format.value(m.baseline()), Format.value(m.value()),
                    m.ci95() == null ? Format.NONE : Format.range(m.ci95()), change(m),
                    Format.value(m.warningLimit()), Format.value(m.failureLimit()), status(m, style));
        }
        t.print(out);
        boolean first = true;
        for (MetricGateResult m : result.metrics()) {
            Optional<String> line = detail(m);
            if (line.isPresent()) {
                if (first) {
                    out.println();
                    first = false;
                }
                out.println(line.get());
            }
        }
        out.flush();
    }

    /** The report as a string, without colour: what an assertion failure message shows. */
    public static String render(Run run, String baselineName, GateResult result, boolean strict) {
        StringWriter s = new StringWriter();
        print(run, baselineName, result, strict, Style.PLAIN, new PrintWriter(s));
        return s.toString();
    }

    /** Why a metric warned or failed, in a sentence; empty for pass and skipped. */
    public static Optional<String> detail(MetricGateResult m) {
        String what = m.metric() + " " + m.stat() + " " + Format.value(m.value()) + unitSuffix(m);
        String ci = m.ci95() == null ? "" : " (95 % CI " + Format.range(m.ci95()) + ")";
        // Only worth saying when the interval is wider than the failure allowance: more samples would then decide.
        boolean tooWide = m.samplesNeeded() != null && m.ci95() != null
                && m.ci95().halfWidth() > Math.abs(m.failureLimit() - m.baseline());
        String needed = !tooWide ? ""
                : "; about " + Format.roughCount(m.samplesNeeded()) + " samples would narrow its 95 % CI to the failure allowance";
        if (m.status() == GateStatus.FAIL) {
            return Optional.of(what + ci + " is beyond the failure limit " + Format.value(m.failureLimit())
                    + (m.ci95() == null ? "" : ", all of its interval"));
        }
        if (m.status() != GateStatus.WARN) {
            return Optional.empty();
        }
        if (m.reason() == GateReason.POSSIBLE_FAILURE) {
            return Optional.of(what + " is beyond the failure limit " + Format.value(m.failureLimit())
                    + ", but its 95 % CI " + Format.range(m.ci95()) + " reaches back inside: possible failure" + needed);
        }
        return Optional.of(what + ci + " is beyond the warning limit " + Format.value(m.warningLimit()) + needed);
    }

    private static String unit(MetricGateResult m) {
        return Metric.byId(m.metric()).map(Metric::unit).orElse("");
    }

    private static String unitSuffix(MetricGateResult m) {
        String unit = unit(m);
        return unit.isEmpty() ? "" : " " + unit;
    }

    private static String change(MetricGateResult m) {
        if (m.change() == null) {
            return Format.NONE;
        }
        String abs = Format.signed(m.change());
        return m.baseline() == 0 ? abs : abs + " (" + Format.percentChange(m.change() / Math.abs(m.baseline())) + ")";
    }

    private static String status(MetricGateResult m, Style style) {
        String s = status(m.status(), style);
        return m.reason() == GateReason.POSSIBLE_FAILURE ? s + style.warn(" (possible failure)") : s;
    }

    private static String status(GateStatus s, Style style) {
        return switch (s) {
            case PASS -> style.good(s.jsonName());
            case WARN -> style.warn(s.jsonName());
            case FAIL -> style.bad(s.jsonName());
            case SKIPPED -> style.dim(s.jsonName());
        };
    }
}
