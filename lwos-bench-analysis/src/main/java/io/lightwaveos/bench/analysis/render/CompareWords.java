package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.compare.Compared;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.compare.MetricComparison;
import io.lightwaveos.bench.analysis.compare.SamplesNeeded;
import io.lightwaveos.bench.analysis.compare.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sentences of a comparison report, shared by the text and Markdown renderers (and the
 * dashboard through the JSON): the headline, the detail line of a regressed, improved or
 * inconclusive metric, and the counts.
 */
public final class CompareWords {

    private CompareWords() {
    }

    /**
     * One line that says what happened: {@code B is 7.7 % slower on avg_total_us (95 % CI +4.8 … +10.5 %),
     * 2 regressions, 3 equivalent, 1 inconclusive}. The metric named is the first regressed one
     * (report order, derived metrics aside), else the first improved one, else the first one.
     */
    public static String headline(Comparison c) {
        Compared m = headlineMetric(c);
        return lead(m) + ", " + counts(c);
    }

    private static Compared headlineMetric(Comparison c) {
        List<Compared> all = c.all();
        List<Compared> own = all.stream().filter(Compared::counted).toList();
        List<Compared> pool = own.isEmpty() ? all : own;
        for (Verdict v : List.of(Verdict.REGRESSED, Verdict.IMPROVED)) {
            Optional<Compared> first = pool.stream().filter(m -> m.verdict() == v).findFirst();
            if (first.isPresent()) {
                return first.get();
            }
        }
        return pool.stream().filter(m -> m.relativeChange() != null).findFirst().orElse(pool.get(0));
    }

    private static String lead(Compared m) {
        String id = m.id();
        Double rel = m.relativeChange();
        Interval ci95 = m.ci95Relative();
        String ci = ci95 == null ? "" : "95 % CI " + Format.percentRange(ci95, rel);
        return switch (m.verdict()) {
            case REGRESSED, IMPROVED -> "B is " + Format.percentMagnitude(rel, ci95) + " " + adjective(m) + " on " + id
                    + (ci.isEmpty() ? "" : " (" + ci + ")");
            case EQUIVALENT -> "B is equivalent to A on " + id + " (change " + Format.percentChange(rel, ci95)
                    + (ci.isEmpty() ? "" : ", " + ci) + ")";
            case INCONCLUSIVE -> "B against A on " + id + " is inconclusive (change "
                    + (rel == null ? "not computable" : Format.percentChange(rel, ci95)) + (ci.isEmpty() ? "" : ", " + ci) + ")";
        };
    }

    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("µs", "us", "ns", "ms", "s", "ns/op",
            "us/op", "µs/op", "ms/op", "s/op");

    /** {@code slower}/{@code faster} for times, {@code worse}/{@code better} for other units. */
    private static String adjective(Compared m) {
        boolean time = TIME_UNITS.contains(m.unit());
        if (m.verdict() == Verdict.REGRESSED) {
            return time && m.meanDiff() > 0 ? "slower" : "worse";
        }
        return time && m.meanDiff() < 0 ? "faster" : "better";
    }

    /** {@code 2 regressions, 3 equivalent, 1 inconclusive}: the non-zero counts, derived metrics aside. */
    public static String counts(Comparison c) {
        List<String> parts = new ArrayList<>();
        add(parts, c.regressions(), "regression", "regressions");
        add(parts, c.improvements(), "improvement", "improvements");
        add(parts, c.equivalents(), "equivalent", "equivalent");
        add(parts, c.inconclusives(), "inconclusive", "inconclusive");
        return parts.isEmpty() ? "nothing counted" : String.join(", ", parts);
    }

    private static void add(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }

    /**
     * The detail line of a regressed, improved or inconclusive metric; empty for an equivalent one
     * and for a derived metric whose source is compared too (it would repeat that line).
     * Regressed/improved: the difference in the metric's unit with its interval and the effective
     * sample sizes. Inconclusive: why, and how many effective samples per run would settle it.
     */
    public static Optional<String> detail(Compared compared, Comparison c) {
        if (compared instanceof MetricComparison m && m.derived()
                && c.metrics().stream().anyMatch(o -> o.metric() == m.metric().derivedFrom().orElseThrow())) {
            return Optional.empty();
        }
        Compared m = compared;
        String id = m.id();
        String unit = m.unit();
        if (m.note().isPresent() && m.adjusted().ci95() == null) {
            return Optional.of(id + " " + m.verdict().jsonName() + ": " + m.note().get()
                    + (m.relativeChange() == null ? "" : ", change " + Format.percentChange(m.relativeChange())
                    + " (A " + Format.value(m.a().mean(), unit).trim() + ", B " + Format.value(m.b().mean(), unit).trim() + ")"));
        }
        return switch (m.verdict()) {
            case EQUIVALENT -> Optional.empty();
            case REGRESSED, IMPROVED -> Optional.of(id + " " + m.verdict().jsonName() + ": B - A = "
                    + Format.signed(m.meanDiff()) + " " + unit
                    + (m.adjusted().ci95() == null ? "" : " " + Format.signedRange(m.adjusted().ci95()) + " (95 % CI)")
                    + ", p (Holm) " + Format.pValue(m.adjusted().pHolm())
                    + ", n_eff " + Format.count(m.a().nEff()) + " and " + Format.count(m.b().nEff()) + derivedNote(m));
            case INCONCLUSIVE -> Optional.of(id + " inconclusive: " + whyInconclusive(m, c.minEffect()) + derivedNote(m));
        };
    }

    /** The detail lines of a comparison, in report order ({@link #detail}). */
    public static List<String> details(Comparison c) {
        List<String> lines = new ArrayList<>();
        c.all().forEach(m -> detail(m, c).ifPresent(lines::add));
        return lines;
    }

    private static String whyInconclusive(Compared m, double minEffect) {
        Interval ci = m.ci95Relative();
        if (ci == null) {
            return m.a().n() < 2 || m.b().n() < 2 ? "too few samples to estimate the change (A has " + m.a().n()
                    + ", B has " + m.b().n() + ")" : "the change cannot be estimated (no spread, or a zero mean in A)";
        }
        String change = "change " + Format.percentWithInterval(m.relativeChange(), ci);
        String effect = Format.percentMagnitude(minEffect);
        SamplesNeeded needed = m.samplesNeeded();
        if (needed == null) {
            return change + " with min effect " + effect + ": nothing can be shown equivalent";
        }
        if (ci.halfWidth() <= minEffect) {
            return change + " is about the " + effect + " that matters: neither shown nor ruled out";
        }
        return change + " could be nothing or more than " + effect + "; about "
                + Format.roughCount(Math.max(needed.a(), needed.b())) + " effective samples per run would tell (now "
                + Format.count(m.a().nEff()) + " and " + Format.count(m.b().nEff()) + "), about "
                + Format.roughCount(rawSamples(needed, m)) + " samples each at this autocorrelation";
    }

    /** Effective samples needed turned into raw samples with each run's own n / n_eff, the larger of the two. */
    private static double rawSamples(SamplesNeeded needed, Compared m) {
        double a = needed.a() * (double) m.a().n() / m.a().nEff();
        double b = needed.b() * (double) m.b().n() / m.b().nEff();
        return Math.max(a, b);
    }

    private static String derivedNote(Compared c) {
        if (c instanceof MetricComparison m) {
            return m.metric().derivedFrom().map(s -> " (derived from " + s.id() + ", not counted)").orElse("");
        }
        return c.note().map(n -> " (" + n + ")").orElse("");
    }
}
