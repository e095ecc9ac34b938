package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunQuality;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code compare} says about the two runs' provenance: their context side by side (rig,
 * firmware, effect, branch, commit, quality), and a warning line when they differ in context that
 * does not depend on the firmware (rig, workload) or when either run's quality is not clean. A
 * firmware or commit difference is what a comparison is for, so it never warns.
 */
public final class ContextComparison {

    private ContextComparison() {
    }

    /** The side-by-side table, two-space indented. */
    public static TextTable table(Run a, Run b) {
        TextTable t = new TextTable().indent("  ").left("").left("A").left("B");
        RunContext ca = a.context();
        RunContext cb = b.context();
        t.row("rig", orNone(ca.rig()), orNone(cb.rig()));
        t.row("firmware", orNone(ca.device().firmware()), orNone(cb.device().firmware()));
        t.row("effect", orNone(ca.workload().effectLabel()), orNone(cb.workload().effectLabel()));
        t.row("branch", orNone(ca.vcs().branch()), orNone(cb.vcs().branch()));
        t.row("commit", orNone(ca.vcs().commit()), orNone(cb.vcs().commit()));
        t.row("quality", quality(a.quality()), quality(b.quality()));
        return t;
    }

    /**
     * The warnings, one line each, none when the runs are comparable:
     * {@code warning: A and B differ in rig (bench-1 vs bench-2) and workload (Ripple (#7) vs Plasma (#8))...}
     * and {@code warning: run B "candidate" is not clean: gaps, short}.
     */
    public static List<String> warnings(Run a, Run b) {
        List<String> out = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        RunContext ca = a.context();
        RunContext cb = b.context();
        if (ca.rig() != null && cb.rig() != null && !ca.rig().equals(cb.rig())) {
            differences.add("rig (" + ca.rig() + " vs " + cb.rig() + ")");
        }
        if (ca.workload().differsInEffectFrom(cb.workload())) {
            differences.add("workload (" + ca.workload().effectLabel() + " vs " + cb.workload().effectLabel() + ")");
        }
        if (!differences.isEmpty()) {
            out.add("warning: A and B differ in " + String.join(" and ", differences)
                    + "; the difference may come from that, not from the firmware");
        }
        for (Run r : List.of(a, b)) {
            if (!r.quality().isClean()) {
                out.add("warning: run " + (r == a ? "A" : "B") + " \"" + r.name() + "\" is not clean: "
                        + quality(r.quality()));
            }
        }
        return out;
    }

    /** Prints the table and the warnings (for {@link CompareText}). */
    public static void print(Run a, Run b, PrintWriter out) {
        table(a, b).print(out);
        for (String w : warnings(a, b)) {
            out.println(w);
        }
    }

    private static String quality(RunQuality q) {
        return q.isClean() ? "clean" : String.join(", ", q.jsonNames());
    }

    private static String orNone(String value) {
        return value == null ? Format.NONE : value;
    }
}
