package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.Style;
import io.lightwaveos.bench.analysis.render.TextTable;
import io.lightwaveos.bench.service.history.AcknowledgedChange;
import io.lightwaveos.bench.service.history.History;
import io.lightwaveos.bench.service.history.HistoryChange;
import io.lightwaveos.bench.service.history.HistoryPoint;
import io.lightwaveos.bench.service.history.HistoryQuery;
import io.lightwaveos.bench.text.Printable;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

/** {@code history}: the text table with a sparkline, Markdown and CSV. */
public final class HistoryText {

    private static final char[] BARS = "▁▂▃▄▅▆▇█".toCharArray();

    private HistoryText() {
    }

    /** Header, sparkline with the change points marked under it, the table, one line per change point. */
    public static void text(History h, Style style, PrintWriter out) {
        out.println(title(h));
        if (h.points().isEmpty()) {
            out.println("No finished runs match.");
            return;
        }
        out.println("  " + sparkline(h));
        out.println("  " + markers(h));
        out.println();
        Map<Integer, HistoryChange> byIndex = byIndex(h);
        Map<Integer, AcknowledgedChange> acked = acknowledgedByIndex(h);
        TextTable t = new TextTable().right("#").left("").left("run").left("name").left("started").left("commit")
                .left("firmware").right(h.query().stat().label() + " (" + h.unit() + ")").left("ci95")
                .right("n_eff").left("quality");
        for (int i = 0; i < h.points().size(); i++) {
            HistoryPoint p = h.points().get(i);
            HistoryChange c = byIndex.get(i);
            String mark = "";
            if (c != null) {
                String arrow = c.point().increase() ? "▲" : "▼";
                mark = c.verdict().equals("regressed") ? style.bad(arrow) : style.good(arrow);
            }
            if (acked.containsKey(i)) {
                mark += ACK_MARK;
            }
            t.row(Integer.toString(i), mark, Format.shortId(p.run().id()), Printable.of(p.run().name()), Format.time(p.run().startedAt()),
                    orNone(p.commit()), orNone(p.firmware()), Format.value(p.value()), interval(p.ci95()),
                    p.nEff() == null ? Format.NONE : Format.fixed(p.nEff(), 0),
                    p.run().quality().isClean() ? "clean" : String.join(",", p.run().quality().jsonNames()));
        }
        t.print(out);
        out.println();
        if (h.changes().isEmpty()) {
            out.println("No change points (p < " + h.query().options().maxPValue() + ").");
        } else {
            out.println(h.changes().size() + " change point" + (h.changes().size() == 1 ? "" : "s") + ":");
            for (HistoryChange c : h.changes()) {
                String verdict = c.verdict().equals("regressed") ? style.bad(c.verdict()) : style.good(c.verdict());
                out.println("  " + verdict + " at #" + c.point().index() + " " + describe(c, h) + acknowledged(c));
            }
        }
        if (!h.acknowledged().isEmpty()) {
            out.println(h.acknowledged().size() + " acknowledged change" + (h.acknowledged().size() == 1 ? "" : "s")
                    + " (" + ACK_MARK + "; `lwos-bench ack`, gates compare later runs with the runs from it on):");
            for (AcknowledgedChange a : h.acknowledged()) {
                out.println("  at #" + h.indexOf(a.runId()) + " run " + Format.shortId(a.runId()) + " \""
                        + Printable.of(a.runName()) + "\": " + Printable.of(a.reason()) + " (acknowledged "
                        + Format.time(a.acknowledgedAt()) + ")");
            }
        }
    }

    /** The mark of an acknowledged run in the table. */
    private static final String ACK_MARK = "✓";

    private static String acknowledged(HistoryChange c) {
        return c.acknowledged() == null ? "" : "; acknowledged: " + Printable.of(c.acknowledged().reason());
    }

    private static Map<Integer, AcknowledgedChange> acknowledgedByIndex(History h) {
        Map<Integer, AcknowledgedChange> map = new HashMap<>();
        h.acknowledged().forEach(a -> map.put(h.indexOf(a.runId()), a));
        return map;
    }

    /** A Markdown table and the change points as a list. */
    public static void markdown(History h, PrintWriter out) {
        out.println("### " + title(h));
        out.println();
        out.println("| # | run | name | started | commit | firmware | " + h.query().stat().label() + " (" + h.unit()
                + ") | ci95 | n_eff | quality | change |");
        out.println("|---:|---|---|---|---|---|---:|---|---:|---|---|");
        Map<Integer, HistoryChange> byIndex = byIndex(h);
        Map<Integer, AcknowledgedChange> acked = acknowledgedByIndex(h);
        for (int i = 0; i < h.points().size(); i++) {
            HistoryPoint p = h.points().get(i);
            HistoryChange c = byIndex.get(i);
            AcknowledgedChange a = acked.get(i);
            out.println("| " + i + " | `" + Format.shortId(p.run().id()) + "` | " + cell(p.run().name()) + " | "
                    + Format.time(p.run().startedAt()) + " | " + cell(p.commit()) + " | " + cell(p.firmware()) + " | "
                    + Format.value(p.value()) + " | " + interval(p.ci95()) + " | "
                    + (p.nEff() == null ? Format.NONE : Format.fixed(p.nEff(), 0)) + " | "
                    + (p.run().quality().isClean() ? "clean" : String.join(", ", p.run().quality().jsonNames())) + " | "
                    + (c == null ? "" : "**" + c.verdict() + "**") + (a == null ? "" : (c == null ? "" : " ")
                    + "acknowledged: " + cell(a.reason())) + " |");
        }
        out.println();
        if (h.changes().isEmpty()) {
            out.println("No change points.");
        }
        for (HistoryChange c : h.changes()) {
            out.println("- **" + c.verdict() + "** at #" + c.point().index() + " " + describe(c, h)
                    + acknowledged(c).replace("|", "\\|"));
        }
    }

    /** One row per point: index, run, context, value, interval, n_eff, quality, the change point verdict. */
    public static void csv(History h, PrintWriter out) {
        out.println("index,run_id,run_name,started_at,commit,firmware,value,ci95_lo,ci95_hi,n_eff,quality,change_point,"
                + "acknowledged");
        Map<Integer, HistoryChange> byIndex = byIndex(h);
        Map<Integer, AcknowledgedChange> acked = acknowledgedByIndex(h);
        for (int i = 0; i < h.points().size(); i++) {
            HistoryPoint p = h.points().get(i);
            HistoryChange c = byIndex.get(i);
            out.println(i + "," + p.run().id() + "," + csvText(p.run().name()) + "," + p.run().startedAt() + ","
                    + csvText(p.commit()) + "," + csvText(p.firmware()) + "," + p.value() + ","
                    + (p.ci95() == null ? "" : p.ci95().lo()) + "," + (p.ci95() == null ? "" : p.ci95().hi()) + ","
                    + (p.nEff() == null ? "" : p.nEff()) + "," + csvText(String.join(" ", p.run().quality().jsonNames())) + ","
                    + (c == null ? "" : c.verdict()) + "," + (acked.containsKey(i) ? csvText(acked.get(i).reason()) : ""));
        }
    }

    private static String title(History h) {
        HistoryQuery q = h.query();
        return h.subject() + " " + q.stat().label() + " per run (" + h.unit() + ", "
                + h.direction().map(d -> d.jsonName().replace('_', ' ')).orElse("not gated") + ") · rig " + orAny(h.rig(), q.allRigs())
                + " · workload " + orAny(h.workload(), q.allRigs())
                + (q.branch() == null ? "" : " · branch " + Printable.of(q.branch())) + " · " + h.points().size() + " run"
                + (h.points().size() == 1 ? "" : "s");
    }

    private static String describe(HistoryChange c, History h) {
        HistoryPoint first = c.firstRun();
        String unit = h.unit();
        return "run " + Format.shortId(first.run().id()) + " \"" + Printable.of(first.run().name()) + "\""
                + (first.commit() == null ? "" : " commit " + Printable.of(first.commit()))
                + (first.firmware() == null ? "" : " firmware " + Printable.of(first.firmware())) + ": "
                + Format.value(c.point().before(), unit) + " → " + Format.value(c.point().after(), unit) + " ("
                + Format.percent(c.point().relativeChange()) + "), p = " + Format.pValue(c.point().pValue());
    }

    /** One bar per point, scaled from the smallest to the largest value. */
    static String sparkline(History h) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (HistoryPoint p : h.points()) {
            lo = Math.min(lo, p.value());
            hi = Math.max(hi, p.value());
        }
        StringBuilder line = new StringBuilder();
        for (HistoryPoint p : h.points()) {
            int level = hi > lo ? (int) Math.round((p.value() - lo) / (hi - lo) * (BARS.length - 1)) : 0;
            line.append(BARS[level]);
        }
        return line.toString();
    }

    private static String markers(History h) {
        char[] line = " ".repeat(h.points().size()).toCharArray();
        for (HistoryChange c : h.changes()) {
            line[c.point().index()] = '^';
        }
        return new String(line).stripTrailing();
    }

    private static Map<Integer, HistoryChange> byIndex(History h) {
        Map<Integer, HistoryChange> map = new HashMap<>();
        h.changes().forEach(c -> map.put(c.point().index(), c));
        return map;
    }

    private static String interval(Interval i) {
        return i == null ? Format.NONE : "[" + Format.value(i.lo()) + ", " + Format.value(i.hi()) + "]";
    }

    /** A device or CI string (control characters escaped, long values cut), or {@link Format#NONE}. */
    private static String orNone(String s) {
        return ContextText.orNone(s);
    }

    /** {@link #orNone} for a Markdown table cell: a {@code |} would end the cell. */
    private static String cell(String s) {
        return orNone(s).replace("|", "\\|");
    }

    private static String orAny(String s, boolean all) {
        return all && s == null ? "(all)" : s == null ? "(none)" : Printable.of(s);
    }

    private static String csvText(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
