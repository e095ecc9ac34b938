package io.lightwaveos.bench.ci.report;

import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.ci.event.CiEvent;
import io.lightwaveos.bench.ci.event.ForgeKind;
import io.lightwaveos.bench.text.Printable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link CiReport} as GitHub-flavoured Markdown, for the PR/MR comment and the job summary: a
 * headline with the decision, what was gated against what, one table row per measure (failures
 * first), the notes, and a footer naming the run.
 *
 * <pre>
 * ### ❌ lwos-bench · audio-pipeline: fail
 *
 * Pull request #12 (`feature/fft` → `main`) at `3f2c1a9` on rig `bench-1`: 1 failed, 4 passed.
 * Baseline: 10 runs of `main` at or before the merge base `9b8a7c6`.
 *
 * |  | measure | baseline | current | change | verdict | decision |
 * |---|---|---:|---:|---:|---|---|
 * | ❌ | `avg_total_us` | 160.00 µs | 176.00 µs | +10.00% | regressed | **fail**: beyond fail +5% and regressed |
 * </pre>
 */
public final class CiReportMarkdown {

    private CiReportMarkdown() {
    }

    /** The Markdown, ending with a newline. */
    public static String render(CiReport r) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(icon(r.decision())).append(" lwos-bench · ").append(escape(r.name())).append(": ")
                .append(r.decision().jsonName()).append("\n\n");
        out.append(what(r)).append(": ").append(counts(r)).append("\n");
        out.append(baseline(r)).append("\n");
        if (!r.measures().isEmpty()) {
            out.append("\n|  | measure | baseline | current | change | verdict | decision |\n");
            out.append("|---|---|---:|---:|---:|---|---|\n");
            List<CiReport.MeasureRow> rows = new ArrayList<>(r.measures());
            rows.sort(Comparator.comparing(CiReport.MeasureRow::decision).reversed());
            for (CiReport.MeasureRow m : rows) {
                out.append("| ").append(icon(m.decision())).append(" | ").append(code(m.name())).append(" | ")
                        .append(value(m.baseline(), m.unit())).append(" | ").append(value(m.current(), m.unit()))
                        .append(" | ").append(Format.percentChange(m.relativeChange())).append(" | ")
                        .append(m.verdict() == null ? Format.NONE : m.verdict().jsonName()).append(" | ")
                        .append(decision(m)).append(" |\n");
            }
        }
        if (!r.notes().isEmpty()) {
            out.append("\n");
            r.notes().forEach(n -> out.append("- ").append(escape(n)).append("\n"));
        }
        out.append("\n<sub>").append(CiReport.SCHEMA).append(" · run `").append(Format.shortId(r.run().id()))
                .append("` ").append(escape(r.run().ref().name()));
        if (r.event().buildUrl() != null && r.event().buildUrl().matches("https?://[^\\s()<>\\[\\]]+")) {
            out.append(" · [job](").append(r.event().buildUrl()).append(")");
        }
        out.append("</sub>\n");
        return out.toString();
    }

    /**
     * One line for the commit status (GitHub cuts at 140 characters): {@code fail: avg_total_us
     * +10.00% (1 of 5 failed)}, {@code pass: 5 measures}, {@code pass: no baseline}.
     */
    public static String statusLine(CiReport r) {
        String head = r.decision().jsonName() + ": ";
        if (r.baseline().kind() == CiReport.Baseline.Kind.NONE) {
            return head + "no baseline";
        }
        if (r.decision() == GateStatus.PASS) {
            return head + r.measures().size() + (r.measures().size() == 1 ? " measure" : " measures") + " within thresholds";
        }
        CiReport.MeasureRow worst = r.measures().stream().filter(m -> m.decision() == r.decision()).findFirst().orElseThrow();
        long n = r.count(r.decision());
        return head + Printable.of(worst.name()) + " " + Format.percentChange(worst.relativeChange())
                + " (" + n + " of " + r.measures().size() + " " + (r.decision() == GateStatus.FAIL ? "failed" : "warned") + ")";
    }

    private static String what(CiReport r) {
        CiEvent e = r.event();
        StringBuilder s = new StringBuilder();
        if (e.isPullRequest()) {
            s.append(e.forge() == ForgeKind.GITLAB ? "Merge request !" : "Pull request #")
                    .append(e.changeNumber() == null ? "?" : e.changeNumber().toString())
                    .append(" (").append(code(e.branch())).append(" → ").append(code(e.baseBranch())).append(")");
        } else {
            s.append("Push").append(e.branch() == null ? "" : " to " + code(e.branch()));
        }
        String commit = r.run().commit() != null ? r.run().commit() : e.commit();
        if (commit != null) {
            s.append(" at ").append(code(shortSha(commit)));
        }
        if (r.run().rig() != null) {
            s.append(" on rig ").append(code(r.run().rig()));
        }
        return s.toString();
    }

    private static String counts(CiReport r) {
        if (r.measures().isEmpty()) {
            return "nothing to gate";
        }
        List<String> parts = new ArrayList<>();
        long fail = r.count(GateStatus.FAIL);
        long warn = r.count(GateStatus.WARN);
        long pass = r.count(GateStatus.PASS);
        if (fail > 0) {
            parts.add(fail + " failed");
        }
        if (warn > 0) {
            parts.add(warn + " warned");
        }
        if (pass > 0) {
            parts.add(pass + " passed");
        }
        return String.join(", ", parts) + ".";
    }

    private static String baseline(CiReport r) {
        CiReport.Baseline b = r.baseline();
        int n = b.runs().size();
        String runs = n + (n == 1 ? " run" : " runs");
        String of = b.branch() == null ? "" : " of " + code(b.branch());
        return switch (b.kind()) {
            case HISTORY -> "Baseline: the history, " + runs + of + " on the same rig and workload.";
            case MERGE_BASE -> "Baseline: " + runs + of + " at or before the merge base "
                    + (b.mergeBase() == null ? "(unknown)" : code(shortSha(b.mergeBase()))) + ".";
            case FILE -> "Baseline: the file " + code(b.file() == null ? "?" : b.file()) + ".";
            case NONE -> "**No baseline**: nothing to compare with, so this passes.";
        };
    }

    private static String decision(CiReport.MeasureRow m) {
        String word = m.decision() == GateStatus.PASS ? "pass" : "**" + m.decision().jsonName() + "**";
        return m.reason() == null ? word : word + ": " + escape(m.reason());
    }

    private static String value(Double v, String unit) {
        return unit.isEmpty() ? Format.value(v) : Format.value(v, escape(unit));
    }

    private static String icon(GateStatus s) {
        return switch (s) {
            case FAIL -> "❌";
            case WARN -> "⚠️";
            default -> "✅";
        };
    }

    private static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }

    /** A name as inline code (a pipe escaped for tables), or as escaped text when it holds a backtick. */
    static String code(String text) {
        if (text == null) {
            return "?";
        }
        String t = Printable.of(text);
        return t.indexOf('`') >= 0 ? escape(t) : "`" + t.replace("|", "\\|") + "`";
    }

    /** Keeps a sentence or name from breaking the table, the emphasis or the HTML. */
    static String escape(String text) {
        String t = Printable.truncate(text, 1000);
        StringBuilder b = new StringBuilder(t.length() + 8);
        for (char ch : t.toCharArray()) {
            if ("\\`*_[]|<>#".indexOf(ch) >= 0) {
                b.append('\\');
            }
            b.append(ch);
        }
        return b.toString();
    }
}
