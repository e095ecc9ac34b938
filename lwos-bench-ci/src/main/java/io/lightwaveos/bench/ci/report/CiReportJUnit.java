package io.lightwaveos.bench.ci.report;

import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.text.Printable;

/**
 * {@code ci --format junit}: the {@link CiReport} as JUnit XML, one testcase per measure; a fail is
 * a failure, a warn passes with its reason in {@code system-out}; no baseline is one skipped case.
 */
public final class CiReportJUnit {

    private CiReportJUnit() {
    }

    /** The XML document, ending with a newline. */
    public static String render(CiReport r) {
        boolean none = r.baseline().kind() == CiReport.Baseline.Kind.NONE;
        int tests = none ? 1 : r.measures().size();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        String suite = "lwos-bench.ci." + r.name();
        out.append("<testsuite name=\"").append(xml(suite)).append("\" tests=\"").append(tests)
                .append("\" failures=\"").append(r.count(GateStatus.FAIL)).append("\" errors=\"0\" skipped=\"")
                .append(none ? 1 : 0).append("\">\n");
        if (none) {
            out.append("  <testcase classname=\"").append(xml(suite)).append("\" name=\"baseline\">\n")
                    .append("    <skipped message=\"no baseline\"/>\n  </testcase>\n");
        }
        for (CiReport.MeasureRow m : r.measures()) {
            String detail = m.name() + ": baseline " + Format.value(m.baseline()) + ", current " + Format.value(m.current())
                    + ", change " + Format.percentChange(m.relativeChange())
                    + (m.verdict() == null ? "" : ", " + m.verdict().jsonName()) + ": " + m.decision().jsonName()
                    + (m.reason() == null ? "" : " (" + m.reason() + ")");
            out.append("  <testcase classname=\"").append(xml(suite)).append("\" name=\"").append(xml(m.name()))
                    .append("\">\n");
            if (m.decision() == GateStatus.FAIL) {
                out.append("    <failure message=\"").append(xml(detail)).append("\"/>\n");
            } else if (m.decision() == GateStatus.WARN) {
                out.append("    <system-out>").append(xml("warn: " + detail)).append("</system-out>\n");
            }
            out.append("  </testcase>\n");
        }
        return out.append("</testsuite>\n").toString();
    }

    private static String xml(String text) {
        String t = Printable.of(text);
        StringBuilder b = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
