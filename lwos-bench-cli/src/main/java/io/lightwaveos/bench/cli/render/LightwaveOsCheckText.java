package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.analysis.render.CompareMarkdown;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.JUnitXml;
import io.lightwaveos.bench.analysis.render.Style;
import io.lightwaveos.bench.analysis.render.TextTable;
import io.lightwaveos.bench.formats.regression.MeanInterval;
import io.lightwaveos.bench.formats.regression.MeasureVerdict;
import io.lightwaveos.bench.formats.regression.Severity;
import io.lightwaveos.bench.text.Printable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code check} against a LightwaveOS baseline, for people (text, Markdown) and CI servers (JUnit
 * XML): the overall result, one row per baseline key and new measure (baseline, value, the 95 % CI
 * of the mean of repeats, the change, the values at which the thresholds are reached, the status),
 * then the script's message for every key that warned or failed. Statuses are the {@code check}
 * words: pass, warn, fail.
 */
public final class LightwaveOsCheckText {

    /** How much of a measure's name a row shows. */
    private static final int MAX_NAME = 80;

    private LightwaveOsCheckText() {
    }

    /** Prints the text report. */
    public static void print(LightwaveOsCheckReport r, boolean strict, Style style, PrintWriter out) {
        out.println(headline(r) + ": " + styled(r.result().overall(), style).toUpperCase(Locale.ROOT)
                + (strict && r.result().overall() == Severity.WARNING ? " (fails with --strict)" : ""));
        notes(r).forEach(out::println);
        out.println();
        TextTable t = new TextTable().left("measure").left("unit").right("n").right("baseline").right("value")
                .right("95 % CI").right("change").right("warn limit").right("fail limit").left("status");
        for (MeasureVerdict v : r.result().verdicts()) {
            t.row(Printable.truncate(v.key(), MAX_NAME), unit(r, v), n(v), Format.value(v.baseline().orElse(null)),
                    Format.value(v.current().orElse(null)), ci(v), change(v), Format.value(v.warningLimit().orElse(null)),
                    Format.value(v.failureLimit().orElse(null)), styled(v, style));
        }
        t.print(out);
        List<String> details = details(r);
        if (!details.isEmpty()) {
            out.println();
            details.forEach(out::println);
        }
        out.flush();
    }

    /** The text report as a string, without colour. */
    public static String render(LightwaveOsCheckReport r, boolean strict) {
        StringWriter s = new StringWriter();
        print(r, strict, Style.PLAIN, new PrintWriter(s));
        return s.toString();
    }

    /** Prints the report as GitHub-flavoured Markdown (a pull request comment, a job summary). */
    public static void markdown(LightwaveOsCheckReport r, boolean strict, PrintWriter out) {
        out.println("**" + escape(headline(r)) + ": " + status(r.result().overall()).toUpperCase(Locale.ROOT) + "**"
                + (strict && r.result().overall() == Severity.WARNING ? " (fails with --strict)" : ""));
        out.println();
        for (String note : notes(r)) {
            out.println("> " + escape(note));
        }
        if (!notes(r).isEmpty()) {
            out.println();
        }
        out.println("| measure | suite | unit | baseline | value | change | warn limit | fail limit | status |");
        out.println("|---|---|---|---:|---:|---:|---:|---:|---|");
        for (MeasureVerdict v : r.result().verdicts()) {
            String value = v.current().map(Format::value).orElse(Format.NONE)
                    + (v.ci95() == null ? "" : " " + range(v.ci95()) + " (n " + v.measure().count() + ")");
            out.println("| `" + Printable.truncate(v.key(), MAX_NAME).replace("`", "'").replace("|", "\\|") + "` | "
                    + escape(r.suite()) + " | " + escape(r.unitOf(v)) + " | "
                    + v.baseline().map(Format::value).orElse(Format.NONE) + " | " + value + " | "
                    + change(v) + " | " + Format.value(v.warningLimit().orElse(null)) + " | "
                    + Format.value(v.failureLimit().orElse(null)) + " | " + emphasised(v) + " |");
        }
        CompareMarkdown.bullets(details(r), out);
        out.flush();
    }

    /**
     * Prints the report as JUnit XML: one test case per row; a failure is a failure, a warning too
     * with {@code strict}; the text report is the suite's output.
     */
    public static void junit(LightwaveOsCheckReport r, boolean strict, Writer out) {
        List<JUnitXml.Case> cases = new ArrayList<>();
        for (MeasureVerdict v : r.result().verdicts()) {
            String unit = r.unitOf(v);
            String line = v.key() + " (" + r.suite() + (unit.isEmpty() ? "" : ", " + unit) + "): " + v.message()
                    + " (baseline " + Format.value(v.baseline().orElse(null)) + ", value "
                    + Format.value(v.current().orElse(null)) + ", change " + change(v) + ")";
            if (v.severity() == Severity.FAILURE || strict && v.severity() == Severity.WARNING) {
                cases.add(JUnitXml.Case.failed(v.key(), status(v.severity()), culprit(v) + ": " + v.message(),
                        detail(v).orElse(line)));
            } else {
                cases.add(JUnitXml.Case.passed(v.key(), line + ": " + status(v.severity())));
            }
        }
        Map<String, String> properties = new TreeMap<>();
        properties.put("run", r.run().id().toString());
        properties.put("baseline", r.baselineName());
        properties.put("baseline_kind", "lightwaveos");
        properties.put("suite", r.suite());
        properties.put("strict", Boolean.toString(strict));
        properties.put("result", status(r.result().overall()));
        JUnitXml.suite("check", "check \"" + r.run().name() + "\" (" + Format.shortId(r.run().id()) + ") against "
                + r.baselineName(), r.run(), properties, cases, render(r, strict), out);
    }

    /** A key as the exit message names it: {@code latency_ms}, {@code snr_db (missing)}, {@code x (new)}. */
    public static String culprit(MeasureVerdict v) {
        return switch (v.point().kind()) {
            case MISSING -> v.key() + " (missing)";
            case NEW -> v.key() + " (new)";
            default -> v.possibleFailure() ? v.key() + " (possible failure)" : v.key();
        };
    }

    /** {@code pass}, {@code warn}, {@code fail}: the word {@code check} uses for a severity. */
    public static String status(Severity s) {
        return switch (s) {
            case PASS -> "pass";
            case WARNING -> "warn";
            case FAILURE -> "fail";
        };
    }

    /**
     * Why a key has its status in a word, or null when there is nothing to say: {@code no_threshold},
     * {@code beyond_warning}, {@code beyond_failure}, {@code possible_failure}, {@code missing}, {@code new}.
     */
    public static String reason(MeasureVerdict v) {
        return switch (v.point().kind()) {
            case NO_THRESHOLD -> "no_threshold";
            case MAINTAINED, IMPROVED -> null;
            case WARNING -> "beyond_warning";
            case REGRESSION -> v.possibleFailure() ? "possible_failure" : "beyond_failure";
            case MISSING -> "missing";
            case NEW -> "new";
        };
    }

    private static String headline(LightwaveOsCheckReport r) {
        return "check " + Format.shortId(r.run().id()) + " \"" + Printable.of(r.run().name()) + "\" against "
                + Printable.of(r.baselineName()) + " (LightwaveOS baseline, measures of suite " + r.suite() + ")";
    }

    private static List<String> notes(LightwaveOsCheckReport r) {
        List<String> notes = new ArrayList<>();
        if (r.scriptThresholds()) {
            notes.add("The baseline declares no _thresholds: detect_regressions.py's built-in thresholds apply.");
        }
        if (!r.notGated().isEmpty()) {
            Map<String, Integer> bySuite = new LinkedHashMap<>();
            r.notGated().forEach(m -> bySuite.merge(m.suite(), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            bySuite.forEach((s, n) -> parts.add(n + " of suite " + s));
            notes.add("Not gated by this baseline: the run's measures " + String.join(", ", parts) + ".");
        }
        return notes;
    }

    private static List<String> details(LightwaveOsCheckReport r) {
        List<String> out = new ArrayList<>();
        for (MeasureVerdict v : r.result().verdicts()) {
            detail(v).ifPresent(out::add);
        }
        return out;
    }

    /** The sentence for a key that warned or failed: the script's message, and what the repeats say. */
    private static Optional<String> detail(MeasureVerdict v) {
        if (v.severity() == Severity.PASS) {
            return Optional.empty();
        }
        String line = v.key() + ": " + v.message();
        MeanInterval ci = v.ci95();
        if (ci == null) {
            return Optional.of(line);
        }
        String repeats = " over " + v.measure().count() + " repeats";
        if (v.possibleFailure()) {
            return Optional.of(line + "; but the 95 % CI of the mean" + repeats + ", " + range(ci)
                    + ", reaches back inside the failure limit " + Format.value(v.failureLimit().orElse(null))
                    + ": possible failure" + needed(v));
        }
        if (v.severity() == Severity.FAILURE) {
            return Optional.of(line + "; all of the 95 % CI of the mean" + repeats + ", " + range(ci) + ", is beyond it");
        }
        return Optional.of(line + " (95 % CI of the mean" + repeats + " " + range(ci) + ")");
    }

    private static String needed(MeasureVerdict v) {
        return v.samplesNeeded() == null || v.samplesNeeded() <= v.measure().count() ? ""
                : "; about " + Format.roughCount(v.samplesNeeded()) + " repeats would narrow it to the failure allowance";
    }

    private static String unit(LightwaveOsCheckReport r, MeasureVerdict v) {
        String unit = r.unitOf(v);
        return unit.isEmpty() ? Format.NONE : Printable.of(unit);
    }

    private static String n(MeasureVerdict v) {
        return v.runMeasure().map(m -> Integer.toString(m.count())).orElse(Format.NONE);
    }

    private static String ci(MeasureVerdict v) {
        return v.ci95() == null ? Format.NONE : range(v.ci95());
    }

    private static String range(MeanInterval ci) {
        return "[" + Format.value(ci.lo()) + ", " + Format.value(ci.hi()) + "]";
    }

    private static String change(MeasureVerdict v) {
        if (v.changePercent().isEmpty()) {
            return Format.NONE;
        }
        String abs = Format.signed(v.current().orElseThrow() - v.baseline().orElseThrow());
        double pct = v.changePercent().get();
        return Double.isFinite(pct) ? abs + " (" + Format.percentChange(pct / 100) + ")" : abs;
    }

    private static String styled(Severity s, Style style) {
        return switch (s) {
            case PASS -> style.good(status(s));
            case WARNING -> style.warn(status(s));
            case FAILURE -> style.bad(status(s));
        };
    }

    private static String styled(MeasureVerdict v, Style style) {
        String s = styled(v.severity(), style);
        String why = why(v);
        return why.isEmpty() ? s : s + (v.severity() == Severity.PASS ? style.dim(why) : style.warn(why));
    }

    private static String emphasised(MeasureVerdict v) {
        String word = status(v.severity()) + why(v);
        return switch (v.severity()) {
            case FAILURE -> "**" + word + "**";
            case WARNING -> "_" + word + "_";
            case PASS -> word;
        };
    }

    private static String why(MeasureVerdict v) {
        return switch (v.point().kind()) {
            case MISSING -> " (missing)";
            case NEW -> " (new)";
            case NO_THRESHOLD -> " (no threshold)";
            default -> v.possibleFailure() ? " (possible failure)" : "";
        };
    }

    private static String escape(String text) {
        return CompareMarkdown.escape(text);
    }
}
