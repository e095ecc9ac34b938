package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.NothingToCompareException;
import io.lightwaveos.bench.analysis.NothingToCompareException.Reason;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.Tails;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

/**
 * Computes a {@link Comparison}: per-metric and per-measure tests first, then Holm across the rows
 * that count (frame metrics not derived, measures with a direction and repeats), then verdicts.
 */
final class Comparer {

    private static final double[] EMPTY = new double[0];
    private static final double CI95_LEVEL = 0.975;
    private static final double CI90_LEVEL = 0.95;

    private Comparer() {
    }

    static Comparison compareValues(Map<Metric, double[]> a, Map<Metric, double[]> b, CompareOptions options) {
        return compareValues(a, b, MeasureSet.empty(), MeasureSet.empty(), options);
    }

    static Comparison compareValues(Map<Metric, double[]> a, Map<Metric, double[]> b, MeasureSet measuresA,
            MeasureSet measuresB, CompareOptions options) {
        return compareSummaries(summaries(a), summaries(b), measuresA, measuresB, options);
    }

    /** Each metric's values summarised (an empty array as a summary of n = 0). */
    private static Map<Metric, Summary> summaries(Map<Metric, double[]> values) {
        Map<Metric, Summary> out = new EnumMap<>(Metric.class);
        values.forEach((m, v) -> out.put(m, Summary.of(orEmpty(v))));
        return out;
    }

    /** A measure as A and B hold it; either may be null (the run does not hold it). */
    private record MeasurePair(MeasureRef ref, Measure a, Measure b) {
        boolean both() {
            return a != null && b != null;
        }
    }

    /** The asked-for measures, or by default every {@code suite:name} both runs hold, in A's order. */
    private static List<MeasurePair> chooseMeasures(CompareOptions options, MeasureSet a, MeasureSet b) {
        List<MeasurePair> out = new ArrayList<>();
        if (options.explicit()) {
            for (MeasureRef ref : options.measures()) {
                Measure ma = a.find(ref).orElse(null);
                Measure mb = b.find(ref).orElse(null);
                MeasureRef full = ma != null ? ma.ref() : mb != null ? mb.ref() : ref;
                out.add(new MeasurePair(full, ma, mb));
            }
            return out;
        }
        for (Measure ma : a) {
            b.get(ma.suite(), ma.name()).ifPresent(mb -> out.add(new MeasurePair(ma.ref(), ma, mb)));
        }
        return out;
    }

    static Comparison compareSummaries(Map<Metric, Summary> a, Map<Metric, Summary> b, CompareOptions options) {
        return compareSummaries(a, b, MeasureSet.empty(), MeasureSet.empty(), options);
    }

    /** {@link #compareValues(Map, Map, MeasureSet, MeasureSet, CompareOptions)} from summaries that keep their values. */
    static Comparison compareSummaries(Map<Metric, Summary> a, Map<Metric, Summary> b, MeasureSet measuresA,
            MeasureSet measuresB, CompareOptions options) {
        Predicate<Metric> both = m -> hasValues(a.get(m)) && hasValues(b.get(m));
        boolean anyFrames = a.values().stream().anyMatch(Comparer::hasValues)
                || b.values().stream().anyMatch(Comparer::hasValues);
        // Two runs of measures only (imported result files) have no frame metric to show.
        List<Metric> metrics = options.explicit() || anyFrames || measuresA.isEmpty() && measuresB.isEmpty()
                ? chooseMetrics(options, both) : List.of();
        List<MeasurePair> measures = chooseMeasures(options, measuresA, measuresB);
        if (measures.stream().noneMatch(MeasurePair::both)) {
            requireCommon(metrics, both, m -> hasValues(a.get(m)), m -> hasValues(b.get(m)), measures);
        }
        Summary empty = Summary.of(EMPTY);
        List<Summary> summariesA = new ArrayList<>();
        List<Summary> summariesB = new ArrayList<>();
        for (Metric m : metrics) {
            summariesA.add(a.get(m) != null ? a.get(m) : empty);
            summariesB.add(b.get(m) != null ? b.get(m) : empty);
        }
        return build(metrics, summariesA, summariesB, measures, options);
    }

    private static List<Metric> chooseMetrics(CompareOptions options, Predicate<Metric> bothHaveValues) {
        if (options.explicit()) {
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

    /** Nothing to compare is an error (SPEC §5), never a comparison without verdicts. */
    private static void requireCommon(List<Metric> metrics, Predicate<Metric> both, Predicate<Metric> inA,
            Predicate<Metric> inB, List<MeasurePair> measures) {
        if (metrics.stream().anyMatch(both)) {
            return;
        }
        if (measures.isEmpty()) {
            throw new NothingToCompareException(Reason.NO_COMMON_METRIC, "nothing to compare: no metric of "
                    + ids(metrics) + " has values in both runs (A has " + ids(metrics.stream().filter(inA).toList())
                    + ", B has " + ids(metrics.stream().filter(inB).toList()) + ")");
        }
        List<String> all = new ArrayList<>(metrics.stream().map(Metric::id).toList());
        List<String> inAll = new ArrayList<>(metrics.stream().filter(inA).map(Metric::id).toList());
        List<String> inBll = new ArrayList<>(metrics.stream().filter(inB).map(Metric::id).toList());
        for (MeasurePair p : measures) {
            all.add(p.ref().toString());
            if (p.a() != null) {
                inAll.add(p.ref().toString());
            }
            if (p.b() != null) {
                inBll.add(p.ref().toString());
            }
        }
        throw new NothingToCompareException(Reason.NO_COMMON_METRIC, "nothing to compare: no metric or measure of "
                + words(all) + " has values in both runs (A has " + words(inAll) + ", B has " + words(inBll) + ")");
    }

    private static String words(List<String> words) {
        return words.isEmpty() ? "none" : String.join(", ", words);
    }

    private static String ids(List<Metric> metrics) {
        return metrics.isEmpty() ? "none" : String.join(", ", metrics.stream().map(Metric::id).toList());
    }

    private static double[] orEmpty(double[] values) {
        return values != null ? values : EMPTY;
    }

    private static boolean hasValues(Summary summary) {
        return summary != null && summary.n() > 0;
    }

    private static Comparison build(List<Metric> metrics, List<Summary> as, List<Summary> bs,
            List<MeasurePair> measures, CompareOptions options) {
        int k = metrics.size();
        int km = measures.size();
        Tests[] tests = new Tests[k];
        // The metrics' tests are independent: a second core takes every other one.
        CompletableFuture<Void> odd = k < 2 ? CompletableFuture.completedFuture(null) : CompletableFuture.runAsync(() -> {
            for (int i = 1; i < k; i += 2) {
                tests[i] = Tests.of(as.get(i), bs.get(i));
            }
        });
        for (int i = 0; i < k; i += 2) {
            tests[i] = Tests.of(as.get(i), bs.get(i));
        }
        try {
            odd.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        Double[] family = new Double[k + km];
        for (int i = 0; i < k; i++) {
            // Derived metrics repeat their source's information: not part of the family.
            family[i] = metrics.get(i).isDerived() ? null : tests[i].adjustedP();
        }
        Tests[] measureTests = new Tests[km];
        Summary[] measureA = new Summary[km];
        Summary[] measureB = new Summary[km];
        String[] notes = new String[km];
        for (int j = 0; j < km; j++) {
            MeasurePair p = measures.get(j);
            measureA[j] = Summary.of(p.a() == null ? EMPTY : p.a().values());
            measureB[j] = Summary.of(p.b() == null ? EMPTY : p.b().values());
            notes[j] = note(p);
            boolean unitsDiffer = p.both() && !p.a().unit().equals(p.b().unit());
            measureTests[j] = unitsDiffer ? Tests.NONE : Tests.of(measureA[j], measureB[j]);
            // A measure reported but never gated is no hypothesis of this report.
            family[k + j] = gated(p) ? measureTests[j].adjustedP() : null;
        }
        Double[] pHolm = Holm.adjust(family);
        for (int i = 0; i < k; i++) {
            Metric m = metrics.get(i);
            if (m.isDerived()) {
                int source = metrics.indexOf(m.derivedFrom().orElseThrow());
                pHolm[i] = source >= 0 ? pHolm[source] : tests[i].adjustedP();
            }
        }
        List<MetricComparison> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            Metric m = metrics.get(i);
            out.add(new MetricComparison(m, tests[i].finish(as.get(i), bs.get(i), pHolm[i], Optional.of(m.direction()),
                    options)));
        }
        List<MeasureComparison> measureOut = new ArrayList<>(km);
        for (int j = 0; j < km; j++) {
            MeasurePair p = measures.get(j);
            Measure shown = p.b() != null ? p.b() : p.a();
            Optional<Direction> direction = shown == null ? Optional.empty() : shown.direction();
            measureOut.add(new MeasureComparison(p.ref(), shown == null ? "" : shown.unit(), direction, notes[j],
                    measureTests[j].finish(measureA[j], measureB[j], pHolm[k + j], direction, options)));
        }
        return new Comparison(options.alpha(), options.minEffect(), out, measureOut);
    }

    private static boolean gated(MeasurePair p) {
        return p.both() && p.a().gated() && p.b().gated();
    }

    /** Why a measure gets fewer statistics than a frame metric, or null. */
    private static String note(MeasurePair p) {
        if (p.a() == null || p.b() == null) {
            return "only in run " + (p.a() == null ? "B" : "A");
        }
        if (!p.a().unit().equals(p.b().unit())) {
            return "units differ (A \"" + p.a().unit() + "\", B \"" + p.b().unit() + "\"): not compared";
        }
        String gate = p.a().gated() && p.b().gated() ? "" : "; reported, not gated";
        if (p.a().count() == 1 && p.b().count() == 1) {
            return MeasureComparison.SINGLE_VALUES + gate;
        }
        if (p.a().count() < 2 || p.b().count() < 2) {
            return "A has " + values(p.a().count()) + ", B " + values(p.b().count())
                    + ": the tests need at least 2 repeats per side; relative change only" + gate;
        }
        return gate.isEmpty() ? null : "reported, not gated";
    }

    private static String values(int n) {
        return n == 1 ? "a single value" : n + " repeats";
    }

    /** Everything about one metric that does not depend on the other metrics. */
    private record Tests(Double meanDiff, Double relativeChange, TTest welch, TTest student, MannWhitney mannWhitney,
            Double cohensD, Double hedgesG, TTest adjustedTest, Interval ci95, Interval ci90) {

        /** Nothing computed: values that must not be compared (different units). */
        static final Tests NONE = new Tests(null, null, TTest.NONE, TTest.NONE, MannWhitney.NONE, null, null,
                TTest.NONE, null, null);

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
            Interval ci95 = null;
            Interval ci90 = null;
            if (adjusted.t() != null) {
                double se = Math.sqrt(va / neA + vb / neB);
                double half95 = Tails.studentQuantile(CI95_LEVEL, adjusted.df()) * se;
                double half90 = Tails.studentQuantile(CI90_LEVEL, adjusted.df()) * se;
                ci95 = new Interval(md - half95, md + half95);
                ci90 = new Interval(md - half90, md + half90);
            }
            return new Tests(meanDiff, relative, welch, student, mw, d, g, adjusted, ci95, ci90);
        }

        Double adjustedP() {
            return adjustedTest.p();
        }

        /**
         * The statistics with the Holm-adjusted p and the verdict: significant only with a direction
         * (a measure without one is reported, never gated).
         */
        CompareStats finish(Summary a, Summary b, Double pHolm, Optional<Direction> direction, CompareOptions options) {
            AdjustedWelch adjusted = new AdjustedWelch(a.nEff(), b.nEff(), adjustedTest.t(), adjustedTest.df(),
                    adjustedTest.p(), ci95, ci90, pHolm);
            boolean significant = direction.isPresent() && pHolm != null && pHolm < options.alpha()
                    && relativeChange != null && Math.abs(relativeChange) >= options.minEffect();
            Interval ci95Relative = relative(ci95, a);
            Interval ci90Relative = relative(ci90, a);
            // Verdict.of reads the direction only for a significant change.
            Verdict verdict = Verdict.of(significant, significant ? meanDiff : 0,
                    direction.orElse(Direction.LOWER_IS_BETTER), ci90Relative, options.minEffect());
            SamplesNeeded needed = verdict == Verdict.INCONCLUSIVE
                    ? SamplesNeeded.of(ci95Relative, a.nEff(), b.nEff(), options.minEffect()) : null;
            return new CompareStats(a, b, meanDiff, relativeChange, welch, student, mannWhitney, cohensD, hedgesG,
                    cohensD == null ? null : EffectSize.of(cohensD), adjusted, ci95Relative, ci90Relative, significant,
                    verdict, needed);
        }

        /** An interval of B - A over |mean_A|; null without interval or when mean_A is 0. */
        private static Interval relative(Interval ci, Summary a) {
            return ci == null || a.mean() == null || a.mean() == 0 ? null : ci.dividedBy(Math.abs(a.mean()));
        }
    }
}
