package io.lightwaveos.bench.formats.regression;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A run's measures gated against a LightwaveOS baseline ({@code benchmark_baseline.json}): every
 * key decided as {@code detect_regressions.py} decides it ({@link RegressionCheck}: values on a
 * threshold reach it; missing fails, new warns, no threshold passes), on the measure's single
 * value or the mean of its repeats. A measure with repeats then follows the noise-aware rule of
 * SPEC §6: its failure stands only when the whole 95 % interval of its mean is at or beyond the
 * failure threshold; when the interval reaches back inside, it is a warning (a possible failure)
 * saying how many repeats would decide. A single value is decided exactly as the script does.
 *
 * <pre>{@code
 * ReadResult baseline = ResultFormat.LWOS_JSON.read(Path.of("benchmark_baseline.json"));
 * Map<String, Double> values = RegressionCheck.valuesOf(baseline.measures());
 * List<Measure> measures = MeasureGate.suiteMeasures(runMeasures, values.keySet());
 * MeasureGate.Result r = MeasureGate.gate(values, RegressionCheck.thresholdsOf(baseline.thresholds()),
 *         measures, m -> intervalOfTheMean(m));   // null for a single value
 * r.overall();   // Severity.FAILURE when latency_ms rose by 30 % or more
 * }</pre>
 */
public final class MeasureGate {

    private MeasureGate() {
    }

    /**
     * The verdicts, in the script's order (baseline keys, then new measures), and the worst severity.
     *
     * @param verdicts one per baseline key and per new measure
     * @param overall  the worst severity of the verdicts
     */
    public record Result(List<MeasureVerdict> verdicts, Severity overall) {

        /** Copies the list. */
        public Result {
            verdicts = List.copyOf(verdicts);
            Objects.requireNonNull(overall, "overall");
        }

        /** Whether the gate fails: on a failure, and with {@code strict} (the script's {@code --fail-on-warning}) on a warning. */
        public boolean failed(boolean strict) {
            return overall == Severity.FAILURE || strict && overall == Severity.WARNING;
        }
    }

    /**
     * Gates {@code current} against the baseline.
     *
     * @param baseline   baseline values by key, in the file's order
     * @param thresholds thresholds by key ({@link RegressionCheck#thresholdsOf}); a key without one passes
     * @param current    the run's measures to gate, names unique (one suite: {@link #suiteMeasures})
     * @param intervals  the 95 % interval of a measure's mean, or null for a single value
     * @throws IllegalArgumentException when a name is in {@code current} twice
     */
    public static Result gate(Map<String, Double> baseline, Map<String, Threshold> thresholds, List<Measure> current,
            Function<Measure, MeanInterval> intervals) {
        Map<String, Measure> byName = new LinkedHashMap<>();
        for (Measure m : current) {
            if (byName.put(m.name(), m) != null) {
                throw new IllegalArgumentException("\"" + m.name() + "\" is twice among the measures to gate;"
                        + " gate one suite's measures");
            }
        }
        Map<String, Double> values = new LinkedHashMap<>();
        byName.forEach((name, m) -> values.put(name, m.mean()));
        RegressionCheck.Report report = RegressionCheck.check(baseline, values, thresholds);
        List<MeasureVerdict> out = new ArrayList<>();
        Severity overall = Severity.PASS;
        for (KeyVerdict v : report.verdicts()) {
            Measure m = byName.get(v.key());
            Threshold t = v.kind() == KeyVerdict.Kind.NEW ? null : thresholds.get(v.key());
            MeanInterval ci = m == null || m.count() < 2 ? null : intervals.apply(m);
            MeasureVerdict verdict = withRepeats(v, m, t, ci);
            out.add(verdict);
            if (verdict.severity().compareTo(overall) > 0) {
                overall = verdict.severity();
            }
        }
        return new Result(out, overall);
    }

    /**
     * The measures of {@code run} a LightwaveOS baseline with {@code keys} gates: those of the suite
     * holding the most of the keys (the first such suite in the run's order on a tie; the run's
     * first suite when it holds none). A baseline names measures without a suite, so one suite is
     * gated and the others are left alone, never mixed in.
     */
    public static List<Measure> suiteMeasures(MeasureSet run, Collection<String> keys) {
        return suiteOf(run, keys).map(s -> run.measures().stream().filter(m -> m.suite().equals(s)).toList())
                .orElse(List.of());
    }

    /** The suite {@link #suiteMeasures} gates; empty when the run holds no measure. */
    public static Optional<String> suiteOf(MeasureSet run, Collection<String> keys) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (Measure m : run) {
            hits.merge(m.suite(), keys.contains(m.name()) ? 1 : 0, Integer::sum);
        }
        String best = null;
        int most = -1;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    private static MeasureVerdict withRepeats(KeyVerdict v, Measure m, Threshold t, MeanInterval ci) {
        Severity severity = v.severity();
        if (ci == null || t == null) {
            return new MeasureVerdict(v, m, t, severity, ci, null);
        }
        boolean higher = t.direction() == Direction.HIGHER_IS_BETTER;
        if (v.kind() == KeyVerdict.Kind.REGRESSION) {
            // The end of the interval nearest to good: the whole interval reaches the threshold when this end does.
            double near = RegressionCheck.changePercent(v.baseline(), higher ? ci.hi() : ci.lo());
            boolean sure = higher ? near <= t.failurePercent() : near >= t.failurePercent();
            severity = sure ? Severity.FAILURE : Severity.WARNING;
        }
        Long needed = null;
        if (severity == Severity.WARNING) {
            double allowance = Math.abs(v.baseline() * t.failurePercent() / 100);
            if (allowance > 0) {
                double ratio = ci.halfWidth() / allowance;
                needed = (long) Math.ceil(m.count() * ratio * ratio);
            }
        }
        return new MeasureVerdict(v, m, t, severity, ci, needed);
    }
}
