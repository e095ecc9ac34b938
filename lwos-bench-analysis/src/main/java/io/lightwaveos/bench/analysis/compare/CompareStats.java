package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.Summary;

/**
 * The statistics of one row of a {@link Comparison}, the same for a frame metric and a measure
 * ({@link Compared#stats()}). Every difference is B - A: a positive {@code meanDiff} means B's mean
 * is larger, which is a regression for a lower-is-better row. Values that cannot be computed (too
 * few values, zero variance, a zero mean of A) are null, never NaN.
 *
 * @param a              summary of A's values (for a measure: its repeats)
 * @param b              summary of B's values
 * @param meanDiff       mean_B - mean_A; null when either run has no values
 * @param relativeChange meanDiff / mean_A; null when meanDiff is null or mean_A is 0
 * @param welch          Welch's unequal-variance t-test
 * @param student        Student's pooled-variance t-test
 * @param mannWhitney    Mann-Whitney U test, U of A
 * @param cohensD        meanDiff / pooled sd, pooled from both sample variances (n - 1
 *                       divisors); null when n_A or n_B &lt; 2 or the pooled sd is 0
 * @param hedgesG        cohensD × (1 - 3 / (4 (n_A + n_B) - 9)); null when cohensD is null
 * @param effectSize     label of |cohensD|; null when cohensD is null
 * @param adjusted       the autocorrelation-adjusted Welch test with 95% and 90% intervals and
 *                       Holm-adjusted p
 * @param ci95Relative   adjusted.ci95 / |mean_A| (a fraction, 0.01 = 1%); null when not computable
 * @param ci90Relative   adjusted.ci90 / |mean_A|; null when not computable
 * @param significant    the row has a direction, adjusted.pHolm &lt; alpha and |relativeChange| &gt;=
 *                       min effect (false when either is null)
 * @param verdict        see {@link Verdict#of}
 * @param samplesNeeded  for an inconclusive verdict, the effective samples per run that would
 *                       settle it; null otherwise or when not computable
 */
public record CompareStats(
        Summary a,
        Summary b,
        Double meanDiff,
        Double relativeChange,
        TTest welch,
        TTest student,
        MannWhitney mannWhitney,
        Double cohensD,
        Double hedgesG,
        EffectSize effectSize,
        AdjustedWelch adjusted,
        Interval ci95Relative,
        Interval ci90Relative,
        boolean significant,
        Verdict verdict,
        SamplesNeeded samplesNeeded) {

    /** Checks that the non-nullable components (all but the numbers, intervals and the effect-size label) are present. */
    public CompareStats {
        String missing = a == null ? "a" : b == null ? "b" : welch == null ? "welch" : student == null ? "student"
                : mannWhitney == null ? "mannWhitney" : adjusted == null ? "adjusted" : verdict == null ? "verdict" : null;
        if (missing != null) {
            throw new NullPointerException(missing);
        }
    }
}
