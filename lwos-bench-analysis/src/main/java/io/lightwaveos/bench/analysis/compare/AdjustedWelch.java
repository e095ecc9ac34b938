package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.analysis.Interval;

/**
 * Welch's test with each run's effective sample size n_eff (see
 * {@link io.lightwaveos.bench.analysis.Summary#nEff()}) in place of n, both in the standard error
 * and in the Welch-Satterthwaite df. Device samples are EMA-smoothed and strongly autocorrelated,
 * so the plain tests overstate significance; this one decides the verdict.
 *
 * @param nEffA effective sample size of A; null when A has no values
 * @param nEffB effective sample size of B; null when B has no values
 * @param t     mean_diff / se with se = sqrt(var_A/n_eff_A + var_B/n_eff_B); null when not computable
 * @param df    Welch-Satterthwaite df from the n_eff; null when t is null
 * @param p     two-sided p-value; null when t is null
 * @param ci95  95% confidence interval of mean_diff (B - A): mean_diff ± t(0.975, df) × se, in
 *              the metric's unit; null when t is null
 * @param ci90  90% interval, mean_diff ± t(0.95, df) × se, for the equivalence test; null when t is null
 * @param pHolm p adjusted by Holm-Bonferroni over the metrics of the same comparison that are not
 *              derived and whose p is not null; a derived metric takes the adjusted p of the metric
 *              it derives from when that is compared too, else its own p; null when p is null
 */
public record AdjustedWelch(Double nEffA, Double nEffB, Double t, Double df, Double p,
        Interval ci95, Interval ci90, Double pHolm) {
}
