package io.lightwaveos.bench.web;

import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.run.Run;
import java.util.Objects;

/**
 * Run B (candidate) compared with run A (baseline).
 *
 * @param a          the baseline run
 * @param b          the candidate run
 * @param comparison every metric both have, B - A
 */
public record RunComparison(Run a, Run b, Comparison comparison) {
    public RunComparison {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(comparison, "comparison");
    }
}
