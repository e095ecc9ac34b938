/**
 * A/B comparison of run A (baseline) with run B (candidate), SPEC §5. Entry point:
 * {@link io.lightwaveos.bench.analysis.compare.Comparison#compare(java.util.Map, java.util.Map, CompareOptions)}.
 *
 * <p>Sign convention: every difference is B - A ({@code mean_diff}, t statistics, confidence
 * interval, Cohen's d), so a positive difference means B is larger: a regression for a
 * lower-is-better metric. {@code relative_change} = mean_diff / mean_A.
 *
 * <p>Significance is decided on the autocorrelation-adjusted Welch test, which uses each run's
 * effective sample size n_eff = n (1 - r1) / (1 + r1) (r1 the lag-1 autocorrelation, n_eff = n when
 * r1 &lt;= 0, clamped to [2, n]) in place of n, with p-values adjusted by Holm-Bonferroni across the
 * metrics of one comparison: significant when p_holm &lt; alpha and |relative_change| &gt;= min effect.
 * The plain Welch, Student and Mann-Whitney tests are reported for comparison with other tools.
 */
package io.lightwaveos.bench.analysis.compare;
