package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.run.Run;
import java.util.List;
import java.util.Objects;

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

    /** A report without warnings. */
    public static CompareReport of(Run a, Run b, Comparison comparison) {
        return new CompareReport(a, b, comparison, List.of());
    }
}
