package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.run.CleanRunNeeds;
import io.lightwaveos.bench.run.QualityReason;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.text.Printable;
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
     * The warning when the runs are not comparable, without a "warning:" prefix; none when they are:
     * {@code A and B differ in rig (bench-1 vs bench-2) and workload (Ripple (#7) vs Plasma (#8)); the
     * difference may come from that, not from the firmware}. Quality warnings are
     * {@link CompareReport#qualityWarning}'s.
     */
    public static List<String> warnings(Run a, Run b) {
        List<String> differences = new ArrayList<>();
        RunContext ca = a.context();
        RunContext cb = b.context();
        if (ca.rig() != null && cb.rig() != null && !ca.rig().equals(cb.rig())) {
            differences.add("rig (" + Printable.of(ca.rig()) + " vs " + Printable.of(cb.rig()) + ")");
        }
        if (ca.workload().differsInEffectFrom(cb.workload())) {
            differences.add("workload (" + Printable.of(ca.workload().effectLabel()) + " vs "
                    + Printable.of(cb.workload().effectLabel()) + ")");
        }
        if (differences.isEmpty()) {
            return List.of();
        }
        return List.of("A and B differ in " + String.join(" and ", differences)
                + "; the difference may come from that, not from the firmware");
    }

    /** {@code clean}, or the reasons: {@code gaps, reboot, short}. */
    public static String quality(RunQuality q) {
        return q.isClean() ? "clean" : String.join(", ", q.jsonNames());
    }

    /**
     * A run's quality with what a short run needs: {@code gaps, short (n_eff 23.6 of 30 needed;
     * collect ≈ 45 s at 10.0 frames/s for a clean run)}; {@code clean} for a clean run.
     */
    public static String quality(Run run) {
        List<String> reasons = new ArrayList<>();
        for (QualityReason r : run.quality().reasons()) {
            reasons.add(r == QualityReason.SHORT ? shortWithNeeds(run) : r.jsonName());
        }
        return reasons.isEmpty() ? "clean" : String.join(", ", reasons);
    }

    /** {@code short (n_eff 23.6 of 30 needed; collect ≈ 45 s at 10.0 frames/s for a clean run)}. */
    static String shortWithNeeds(Run run) {
        return QualityReason.SHORT.jsonName() + CleanRunNeeds.of(run).map(n -> " (" + n.text() + ")").orElse("");
    }

    /** A context value (from a device or a file: control characters escaped, long values cut), or {@link Format#NONE}. */
    public static String orNone(String value) {
        return value == null ? Format.NONE : Printable.of(value);
    }
}
