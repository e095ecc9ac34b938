package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.compare.Comparison;
import java.util.Objects;

/**
 * A comparison of two named runs, what {@link CollectedRun#compareWith} and {@link Baselines}
 * return: assertion messages name the runs (and their commits) instead of "A" and "B".
 *
 * @param baseline   how messages name run A, e.g. {@code "nightly" (commit 1a2b3c4d5e6f, 1000 samples)}
 * @param candidate  how messages name run B
 * @param comparison A compared with B; every difference is B - A
 */
public record RunComparison(String baseline, String candidate, Comparison comparison) {

    /** Checks the parts are present. */
    public RunComparison {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** The two lines above a comparison table: {@code A  baseline ...} and {@code B  candidate ...}. */
    String header() {
        return "A  baseline " + baseline + System.lineSeparator() + "B  candidate " + candidate;
    }
}
