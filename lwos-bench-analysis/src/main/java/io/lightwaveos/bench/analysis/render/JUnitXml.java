package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.analysis.compare.Compared;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.compare.MetricComparison;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.analysis.gate.MetricGateResult;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code compare} and {@code check} as JUnit XML, the report format CI servers read (Jenkins,
 * GitLab, the Surefire report schema): one {@code testsuite} with one {@code testcase} per metric
 * (per baseline key for {@code check}); a regression ({@link Comparison#regressed()}: a derived
 * metric fails only without its source), or a failed key, is a {@code failure}; a
 * metric without values on a side, or a skipped key, is {@code skipped}. The suite's
 * {@code system-out} holds the text report.
 */
public final class JUnitXml {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private JUnitXml() {
    }

    /** The comparison of run A with run B: a regression is a failure. */
    public static void compare(Run a, Run b, Comparison c, Writer out) {
        List<Case> cases = new ArrayList<>();
        List<String> regressed = c.regressedIds();
        for (MetricComparison m : c.metrics()) {
            String line = m.id() + ": " + m.verdict().jsonName() + ", change "
                    + Format.percentWithInterval(m.relativeChange(), m.ci95Relative()) + " (95 % CI), p (Holm) "
                    + Format.pValue(m.adjusted().pHolm()) + m.metric().derivedFrom()
                            .map(s -> " (derived from " + s.id() + ", counted there)").orElse("");
            cases.add(compareCase(m, m.id(), line, regressed, c));
        }
        for (MeasureRow r : MeasureRow.of(c)) {
            cases.add(compareCase(r.measure(), r.name(), r.line() + ", p (Holm) "
                    + Format.pValue(r.measure().adjusted().pHolm()), regressed, c));
        }
        StringWriter text = new StringWriter();
        CompareText.print(CompareReport.of(a, b, c), false, Style.PLAIN, new PrintWriter(text));
        write(out, "compare", "compare " + label(a) + " with " + label(b), b,
                Map.of("run_a", a.id().toString(), "run_b", b.id().toString(), "alpha", Double.toString(c.alpha()),
                        "min_effect", Double.toString(c.minEffect())),
                cases, text.toString());
    }

    /** A row of a comparison as a test case named {@code name}: skipped without values on a side, failed when regressed. */
    private static Case compareCase(Compared m, String name, String line, List<String> regressed, Comparison c) {
        if (m.a().n() == 0 || m.b().n() == 0) {
            return Case.skipped(name, name + " has no values in run " + (m.a().n() == 0 ? "A" : "B"));
        }
        if (regressed.contains(m.id())) {
            return Case.failed(name, "regressed", name + " regressed: " + Format.percent(m.relativeChange())
                    + " (p Holm " + Format.pValue(m.adjusted().pHolm()) + ")", CompareWords.detail(m, c).orElse(line));
        }
        return Case.passed(name, line);
    }

    /**
     * A run gated against a baseline: a failed key is a failure, a warning too with
     * {@code strict}, a skipped key is skipped.
     */
    public static void check(Run run, String baselineName, GateResult result, boolean strict, Writer out) {
        List<Case> cases = new ArrayList<>();
        for (MetricGateResult m : result.metrics()) {
            String what = m.metric() + " " + m.stat() + " " + Format.value(m.value()) + unit(m.metric())
                    + " against baseline " + Format.value(m.baseline()) + " (warn limit " + Format.value(m.warningLimit())
                    + ", fail limit " + Format.value(m.failureLimit()) + ")";
            GateStatus s = m.status();
            if (s == GateStatus.SKIPPED) {
                cases.add(Case.skipped(m.metric(), m.metric() + ": skipped (" + (m.value() == null
                        ? "no value in the run" : "not checked") + ")"));
            } else if (s == GateStatus.FAIL || strict && s == GateStatus.WARN) {
                cases.add(Case.failed(m.metric(), s.jsonName(), what + ": " + s.jsonName(), what));
            } else {
                cases.add(Case.passed(m.metric(), what + ": " + s.jsonName()));
            }
        }
        StringWriter text = new StringWriter();
        CheckText.print(run, baselineName, result, strict, Style.PLAIN, new PrintWriter(text));
        write(out, "check", "check " + label(run) + " against " + baselineName, run,
                Map.of("run", run.id().toString(), "baseline", baselineName, "strict", Boolean.toString(strict),
                        "result", result.result().jsonName()),
                cases, text.toString());
    }

    /**
     * Any gate as one suite of {@code cases}, for gates this class has no type for (the LightwaveOS
     * baseline's, whose types live in another module): the same document {@link #check} writes.
     *
     * @param command    the command's name ({@code check}): the test cases' class name is {@code lwos-bench.COMMAND}
     * @param suiteName  the suite's name ({@code check "nightly" (1a2b3c4d) against FILE})
     * @param when       the run whose start time stamps the suite
     * @param properties the suite's properties, written in name order
     * @param report     the text report, the suite's {@code system-out}
     */
    public static void suite(String command, String suiteName, Run when, Map<String, String> properties,
            List<Case> cases, String report, Writer out) {
        write(out, command, suiteName, when, properties, cases, report);
    }

    private static String unit(String metricId) {
        return Metric.byId(metricId).map(m -> " " + m.unit()).orElse("");
    }

    private static String label(Run r) {
        return "\"" + r.name() + "\" (" + Format.shortId(r.id()) + ")";
    }

    private static void write(Writer out, String command, String suiteName, Run when, Map<String, String> properties,
            List<Case> cases, String report) {
        long failures = cases.stream().filter(c -> c.failureType != null).count();
        long skipped = cases.stream().filter(c -> c.skipped).count();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "lwos-bench " + command);
            counts(x, cases.size(), failures, skipped);
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", suiteName);
            counts(x, cases.size(), failures, skipped);
            x.writeAttribute("timestamp", TIMESTAMP.format(when.startedAt().truncatedTo(ChronoUnit.SECONDS)));
            x.writeAttribute("hostname", "lwos-bench");
            x.writeCharacters("\n    ");
            x.writeStartElement("properties");
            for (Map.Entry<String, String> p : new java.util.TreeMap<>(properties).entrySet()) {
                x.writeCharacters("\n      ");
                x.writeEmptyElement("property");
                x.writeAttribute("name", p.getKey());
                x.writeAttribute("value", p.getValue());
            }
            x.writeCharacters("\n    ");
            x.writeEndElement();
            for (Case c : cases) {
                x.writeCharacters("\n    ");
                c.write(x, "lwos-bench." + command);
            }
            x.writeCharacters("\n    ");
            x.writeStartElement("system-out");
            x.writeCData(report.replace("]]>", "]]]]><![CDATA[>"));
            x.writeEndElement();
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new java.io.IOException("cannot write the JUnit XML report: "
                    + e.getMessage(), e));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void counts(XMLStreamWriter x, int tests, long failures, long skipped) throws XMLStreamException {
        x.writeAttribute("tests", Integer.toString(tests));
        x.writeAttribute("failures", Long.toString(failures));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", Long.toString(skipped));
        x.writeAttribute("time", "0");
    }

    /**
     * One testcase: passed (with a line of output), failed or skipped.
     *
     * @param name        the test case's name (a metric, a baseline key)
     * @param failureType the failure's type ({@code fail}, {@code regressed}); null unless failed
     * @param message     the failure's or the skip's message; null when passed
     * @param detail      the failure's text, or a passed case's output line
     * @param skipped     whether it was skipped
     */
    public record Case(String name, String failureType, String message, String detail, boolean skipped) {

        /** A passed case with a line of output. */
        public static Case passed(String name, String line) {
            return new Case(name, null, null, line, false);
        }

        /** A failed case: its type, a one-line message and the detail. */
        public static Case failed(String name, String type, String message, String detail) {
            return new Case(name, type, message, detail, false);
        }

        /** A skipped case and why. */
        public static Case skipped(String name, String message) {
            return new Case(name, null, message, null, true);
        }

        void write(XMLStreamWriter x, String classname) throws XMLStreamException {
            x.writeStartElement("testcase");
            x.writeAttribute("name", name);
            x.writeAttribute("classname", classname);
            x.writeAttribute("time", "0");
            if (skipped) {
                x.writeEmptyElement("skipped");
                x.writeAttribute("message", message);
            } else if (failureType != null) {
                x.writeStartElement("failure");
                x.writeAttribute("message", message);
                x.writeAttribute("type", failureType);
                x.writeCharacters(detail);
                x.writeEndElement();
            } else {
                x.writeStartElement("system-out");
                x.writeCharacters(detail);
                x.writeEndElement();
            }
            x.writeEndElement();
        }
    }
}
