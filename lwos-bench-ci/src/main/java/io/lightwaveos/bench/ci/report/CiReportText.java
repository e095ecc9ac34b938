package io.lightwaveos.bench.ci.report;

import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.text.Printable;
import java.util.Locale;

/** {@code ci --format text}: the {@link CiReport} for a terminal or a job log, plain text. */
public final class CiReportText {

    private CiReportText() {
    }

    /** The text, ending with a newline. */
    public static String render(CiReport r) {
        StringBuilder out = new StringBuilder();
        out.append("lwos-bench ci ").append(Printable.of(r.name())).append(": ").append(r.event().describe())
                .append(r.run().rig() == null ? "" : " on rig " + Printable.of(r.run().rig())).append('\n');
        out.append("Run ").append(Format.shortId(r.run().id())).append(" \"").append(Printable.of(r.run().ref().name()))
                .append("\"\n");
        out.append("Baseline: ").append(baseline(r.baseline())).append('\n');
        if (!r.measures().isEmpty()) {
            int width = Math.max(7, r.measures().stream().mapToInt(m -> Printable.of(m.name()).length()).max().orElse(7));
            out.append('\n').append(String.format(Locale.ROOT, "  %-" + width + "s  %14s  %14s  %9s  %-12s  %s%n",
                    "measure", "baseline", "current", "change", "verdict", "decision"));
            for (CiReport.MeasureRow m : r.measures()) {
                String unit = m.unit().isEmpty() ? "" : " " + m.unit();
                out.append(String.format(Locale.ROOT, "  %-" + width + "s  %14s  %14s  %9s  %-12s  %s%n",
                        Printable.of(m.name()), m.baseline() == null ? Format.NONE : Format.value(m.baseline()) + unit,
                        m.current() == null ? Format.NONE : Format.value(m.current()) + unit,
                        Format.percentChange(m.relativeChange()),
                        m.verdict() == null ? Format.NONE : m.verdict().jsonName(),
                        m.decision().jsonName() + (m.reason() == null ? "" : " (" + Printable.of(m.reason()) + ")")));
            }
        }
        if (!r.notes().isEmpty()) {
            out.append('\n');
            r.notes().forEach(n -> out.append("Note: ").append(Printable.of(n)).append('\n'));
        }
        out.append('\n').append("Result: ").append(r.decision().jsonName().toUpperCase(Locale.ROOT));
        if (r.baseline().kind() == CiReport.Baseline.Kind.NONE) {
            out.append(" (no baseline)");
        } else if (r.decision() != GateStatus.PASS) {
            out.append(" (").append(r.count(r.decision())).append(" of ").append(r.measures().size()).append(' ')
                    .append(r.decision() == GateStatus.FAIL ? "failed" : "warned").append(')');
        }
        return out.append('\n').toString();
    }

    private static String baseline(CiReport.Baseline b) {
        int n = b.runs().size();
        String runs = n + (n == 1 ? " run" : " runs");
        String of = b.branch() == null ? "" : " of " + Printable.of(b.branch());
        return switch (b.kind()) {
            case HISTORY -> "the history, " + runs + of + " on the same rig and workload";
            case MERGE_BASE -> runs + of + " at or before the merge base "
                    + (b.mergeBase() == null ? "(unknown)" : Printable.of(b.mergeBase()));
            case FILE -> "the file " + Printable.of(String.valueOf(b.file()));
            case NONE -> "none (no baseline: this passes)";
        };
    }
}
