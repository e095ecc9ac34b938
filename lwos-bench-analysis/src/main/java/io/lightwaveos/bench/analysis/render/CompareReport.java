package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.QualityReason;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.text.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a comparison report shows: the two runs, their comparison and warnings about either run
 * (a run whose quality is doubtful: gaps, a reboot, reconnects), printed above the table.
 *
 * @param a          run A, the baseline
 * @param b          run B, the candidate
 * @param comparison A compared with B
 * @param warnings   one line each, without a "warning:" prefix; empty when both runs are clean
 */
public record CompareReport(Run a, Run b, Comparison comparison, List<String> warnings) {

    /** Checks the parts are present and copies the warnings. */
    public CompareReport {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(comparison, "comparison");
        warnings = List.copyOf(warnings);
    }

    /**
     * A report warning when the runs differ in rig or workload ({@link ContextComparison#warnings}) and
     * about each run whose quality is not clean ({@link #qualityWarning}).
     */
    public static CompareReport of(Run a, Run b, Comparison comparison) {
        List<String> warnings = new ArrayList<>(ContextComparison.warnings(a, b));
        qualityWarning("A", a).ifPresent(warnings::add);
        qualityWarning("B", b).ifPresent(warnings::add);
        return new CompareReport(a, b, comparison, warnings);
    }

    /**
     * The warning line for a run whose quality is doubtful: {@code B 3f2b8c1e "nightly" is not clean:
     * gaps (37, ~120 frames lost), reboot (1); its numbers may not compare}; empty for a clean run.
     */
    public static Optional<String> qualityWarning(String side, Run run) {
        RunQuality q = run.quality();
        if (q.isClean()) {
            return Optional.empty();
        }
        RunCounters c = run.counters();
        List<String> reasons = new ArrayList<>();
        for (QualityReason r : q.reasons()) {
            reasons.add(switch (r) {
                case GAPS -> "gaps (" + c.gaps() + ", ~" + c.framesLostEstimate() + " frames lost)";
                case REBOOT -> "reboot (" + c.reboots() + ")";
                case RECONNECTS -> "reconnects (" + c.reconnects() + ")";
                case SHORT -> ContextComparison.shortWithNeeds(run);
                default -> r.jsonName();
            });
        }
        return Optional.of(side + " " + Format.shortId(run.id()) + " \"" + Printable.of(run.name()) + "\" is not clean: "
                + String.join(", ", reasons) + "; its numbers may not compare");
    }
}
