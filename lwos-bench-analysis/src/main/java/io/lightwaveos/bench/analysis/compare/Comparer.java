package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.Tails;
import io.lightwaveos.bench.metric.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Computes a {@link Comparison}: per-metric tests first, then Holm across metrics, then verdicts. */
final class Comparer {

    private static final double[] EMPTY = new double[0];
    private static final double CI_LEVEL = 0.975;

    private Comparer() {
    }

    static Comparison compareValues(Map<Metric, double[]> a, Map<Metric, double[]> b, CompareOptions options) {
        List<Metric> metrics = chooseMetrics(options, m -> hasValues(a.get(m)) && hasValues(b.get(m)));
        List<Summary> summariesA = new ArrayList<>();
        List<Summary> summariesB = new ArrayList<>();
        for (Metric m : metrics) {
            summariesA.add(Summary.of(orEmpty(a.get(m))));
            summariesB.add(Summary.of(orEmpty(b.get(m))));
        }
        return build(metrics, summariesA, summariesB, options);
    }

    static Comparison compareSummaries(Map<Metric, Summary> a, Map<Metric, Summary> b, CompareOptions options) {
        List<Metric> metrics = chooseMetrics(options, m -> hasValues(a.get(m)) && hasValues(b.get(m)));
        Summary empty = Summary.of(EMPTY);
        List<Summary> summariesA = new ArrayList<>();
        List<Summary> summariesB = new ArrayList<>();
        for (Metric m : metrics) {
            summariesA.add(a.get(m) != null ? a.get(m) : empty);
            summariesB.add(b.get(m) != null ? b.get(m) : empty);
        }
        return build(metrics, summariesA, summariesB, options);
    }

    private static List<Metric> chooseMetrics(CompareOptions options, Predicate<Metric> bothHaveValues) {
        if (!options.metrics().isEmpty()) {
            return options.metrics();
        }
        List<Metric> chosen = new ArrayList<>();
        for (Metric m : Metric.all()) {
            if (!m.extendedOnly() || bothHaveValues.test(m)) {
                chosen.add(m);
            }
        }
        return chosen;
    }

    private static double[] orEmpty(double[] values) {
        return values != null ? values : EMPTY;
    }

    private static boolean hasValues(double[] values) {
        return values != null && values.length > 0;
    }

    private static boolean hasValues(Summary summary) {
        return summary != null && summary.n() > 0;
    }

    private static Comparison build(List<Metric> metrics, List<Summary> as, List<Summary> bs, CompareOptions options) {
        int k = metrics.size();
        Tests[] tests = new Tests[k];
        Double[] p = new Double[k];
        for (int i = 0; i < k; i++) {
            tests[i] = Tests.of(as.get(i), bs.get(i));
            p[i] = tests[i].adjustedP();
        }
        Double[] pHolm = Holm.adjust(p);
        List<MetricComparison> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            out.add(tests[i].finish(metrics.get(i), as.get(i), bs.get(i), pHolm[i], options));
        }
        return new Comparison(options.alpha(), options.minEffect(), out);
    }

    /** Everything about one metric that does not depend on the other metrics. */
    private record Tests(Double meanDiff, Double relativeChange, TTest welch, TTest student, MannWhitney mannWhitney,
            Double cohensD, Double hedgesG, TTest adjustedTest, Double ci95Lo, Double ci95Hi) {

        static Tests of(Summary a, Summary b) {
            int na = a.n();
            int nb = b.n();
            Double meanDiff = na > 0 && nb > 0 ? b.mean() - a.mean() : null;
            Double relative = meanDiff != null && a.mean() != 0 ? meanDiff / a.mean() : null;
            MannWhitney mw = MannWhitney.test(a.sorted(), b.sorted());
            if (na < 2 || nb < 2) {
                return new Tests(meanDiff, relative, TTest.NONE, TTest.NONE, mw, null, null, TTest.NONE, null, null);
            }
            double md = meanDiff;
            double va = a.variance();
            double vb = b.variance();
            TTest welch = TTest.welch(md, va, na, vb, nb);
            TTest student = TTest.student(md, va, na, vb, nb);
            double pooledSd = Math.sqrt(((na - 1) * va + (nb - 1) * vb) / (na + nb - 2.0));
            Double d = pooledSd > 0 ? md / pooledSd : null;
            Double g = d == null ? null : d * (1 - 3.0 / (4.0 * (na + nb) - 9));
            double neA = a.nEff();
            double neB = b.nEff();
            TTest adjusted = TTest.welch(md, va, neA, vb, neB);
            Double lo = null;
            Double hi = null;
            if (adjusted.t() != null) {
                double half = Tails.studentQuantile(CI_LEVEL, adjusted.df()) * Math.sqrt(va / neA + vb / neB);
                lo = md - half;
                hi = md + half;
            }
            return new Tests(meanDiff, relative, welch, student, mw, d, g, adjusted, lo, hi);
        }

        Double adjustedP() {
            return adjustedTest.p();
        }

        MetricComparison finish(Metric metric, Summary a, Summary b, Double pHolm, CompareOptions options) {
            AdjustedWelch adjusted = new AdjustedWelch(a.nEff(), b.nEff(), adjustedTest.t(), adjustedTest.df(),
                    adjustedTest.p(), ci95Lo, ci95Hi, pHolm);
            boolean significant = pHolm != null && pHolm < options.alpha()
                    && relativeChange != null && Math.abs(relativeChange) >= options.minEffect();
            Verdict verdict = Verdict.of(significant, significant ? meanDiff : 0, metric.direction());
            return new MetricComparison(metric, a, b, meanDiff, relativeChange, welch, student, mannWhitney,
                    cohensD, hedgesG, cohensD == null ? null : EffectSize.of(cohensD), adjusted, significant, verdict);
        }
    }
}
