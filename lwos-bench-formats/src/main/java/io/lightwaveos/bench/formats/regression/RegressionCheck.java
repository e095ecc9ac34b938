package io.lightwaveos.bench.formats.regression;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The LightwaveOS baseline gate, decided exactly as {@code firmware-v3/test/tools/detect_regressions.py}
 * decides it, so {@code check --baseline benchmark_baseline.json} can replace the script:
 * <ul>
 * <li>every baseline key in baseline order, then every new key in current order;</li>
 * <li>change = {@code (current - baseline) / baseline * 100} in doubles; a zero baseline gives +∞
 * when the current value is positive, else 0;</li>
 * <li>higher is better: change {@code <=} failure → failure, else {@code <=} warning → warning;
 * lower is better: change {@code >=} failure → failure, else {@code >=} warning → warning
 * (a value exactly on a threshold reaches it);</li>
 * <li>no threshold for the key → pass; in the baseline but not current → failure; in current but
 * not the baseline → warning;</li>
 * <li>overall: the worst severity; the exit code is 1 on a failure (or a warning with
 * {@code failOnWarning}), else 0.</li>
 * </ul>
 * The script uses its built-in table ({@link #SCRIPT_THRESHOLDS}), equal to the shipped baseline's
 * {@code _thresholds}; {@link #thresholdsOf(Map)} takes a baseline's own and falls back to it.
 *
 * <pre>{@code
 * ReadResult baseline = ResultFormat.LWOS_JSON.read(Path.of("benchmark_baseline.json"));
 * ReadResult current = ResultFormat.LWOS_NATIVE_LOG.read(Path.of("benchmark_output.log"));
 * RegressionCheck.Report report = RegressionCheck.check(RegressionCheck.valuesOf(baseline.measures()),
 *         RegressionCheck.valuesOf(current.measures()), RegressionCheck.thresholdsOf(baseline.thresholds()));
 * report.overall();             // Severity.FAILURE when latency_ms rose by 30 % or more
 * report.exitCode(false);       // 1, as the script exits
 * }</pre>
 */
public final class RegressionCheck {

    /** {@code detect_regressions.py}'s {@code DEFAULT_THRESHOLDS}, in its order. */
    public static final Map<String, Threshold> SCRIPT_THRESHOLDS = scriptThresholds();

    private RegressionCheck() {
    }

    /** The verdicts, in the script's order, and the overall result. */
    public record Report(List<KeyVerdict> verdicts, Severity overall) {

        /** Copies the list. */
        public Report {
            verdicts = List.copyOf(verdicts);
        }

        /** The script's exit code: 1 on a failure, or on a warning when {@code failOnWarning}; else 0. */
        public int exitCode(boolean failOnWarning) {
            return overall == Severity.FAILURE || (overall == Severity.WARNING && failOnWarning) ? 1 : 0;
        }
    }

    /**
     * Compares {@code current} with {@code baseline}.
     *
     * @param baseline   values by key, in the baseline file's order
     * @param current    values by key, in the current file's order
     * @param thresholds thresholds by key; a key without one passes
     */
    public static Report check(Map<String, Double> baseline, Map<String, Double> current, Map<String, Threshold> thresholds) {
        List<KeyVerdict> verdicts = new ArrayList<>();
        baseline.forEach((key, b) -> {
            Double c = current.get(key);
            verdicts.add(c == null
                    ? new KeyVerdict(key, b, 0.0, Double.NEGATIVE_INFINITY, Severity.FAILURE, KeyVerdict.Kind.MISSING)
                    : checkKey(key, b, c, thresholds.get(key)));
        });
        current.forEach((key, c) -> {
            if (!baseline.containsKey(key)) {
                verdicts.add(new KeyVerdict(key, 0.0, c, Double.POSITIVE_INFINITY, Severity.WARNING, KeyVerdict.Kind.NEW));
            }
        });
        Severity overall = Severity.PASS;
        for (KeyVerdict v : verdicts) {
            if (v.severity().compareTo(overall) > 0) {
                overall = v.severity();
            }
        }
        return new Report(verdicts, overall);
    }

    /** One key with both values: the script's {@code check_metric}. */
    static KeyVerdict checkKey(String key, double baseline, double current, Threshold threshold) {
        double change = changePercent(baseline, current);
        if (threshold == null) {
            return new KeyVerdict(key, baseline, current, change, Severity.PASS, KeyVerdict.Kind.NO_THRESHOLD);
        }
        Severity severity = Severity.PASS;
        KeyVerdict.Kind kind = KeyVerdict.Kind.MAINTAINED;
        if (threshold.direction() == Direction.HIGHER_IS_BETTER) {
            if (change <= threshold.failurePercent()) {
                severity = Severity.FAILURE;
                kind = KeyVerdict.Kind.REGRESSION;
            } else if (change <= threshold.warningPercent()) {
                severity = Severity.WARNING;
                kind = KeyVerdict.Kind.WARNING;
            } else if (change > 0) {
                kind = KeyVerdict.Kind.IMPROVED;
            }
        } else {
            if (change >= threshold.failurePercent()) {
                severity = Severity.FAILURE;
                kind = KeyVerdict.Kind.REGRESSION;
            } else if (change >= threshold.warningPercent()) {
                severity = Severity.WARNING;
                kind = KeyVerdict.Kind.WARNING;
            } else if (change < 0) {
                kind = KeyVerdict.Kind.IMPROVED;
            }
        }
        return new KeyVerdict(key, baseline, current, change, severity, kind);
    }

    /** The script's {@code calculate_change_percent}. */
    public static double changePercent(double baseline, double current) {
        if (baseline == 0) {
            return current > 0 ? Double.POSITIVE_INFINITY : 0.0;
        }
        return ((current - baseline) / baseline) * 100.0;
    }

    /** The thresholds a baseline declares ({@code _thresholds}), or the script's table when it declares none. */
    public static Map<String, Threshold> thresholdsOf(Map<String, Threshold> declared) {
        return declared.isEmpty() ? SCRIPT_THRESHOLDS : declared;
    }

    /**
     * The message the script prints for {@code v} (its console and JSON {@code message}), for
     * reports that quote it; numbers formatted as Python's {@code :.1f} does (round half even on
     * the exact binary value).
     */
    public static String message(KeyVerdict v, Threshold threshold) {
        double c = v.changePercent();
        return switch (v.kind()) {
            case NO_THRESHOLD -> "No threshold configured for " + v.key();
            case MAINTAINED -> "Performance maintained";
            case MISSING -> "Metric " + v.key() + " missing from current results";
            case NEW -> "New metric " + v.key() + " not in baseline";
            case IMPROVED -> threshold.direction() == Direction.HIGHER_IS_BETTER
                    ? "Performance improved: " + fixed1(c) + "% increase"
                    : "Performance improved: " + fixed1(Math.abs(c)) + "% decrease";
            case WARNING -> "Performance warning: " + fixed1(c) + "% "
                    + (threshold.direction() == Direction.HIGHER_IS_BETTER ? "decrease" : "increase")
                    + " (threshold: " + threshold.warningPercent() + "%)";
            case REGRESSION -> "Performance regression: " + fixed1(c) + "% "
                    + (threshold.direction() == Direction.HIGHER_IS_BETTER ? "decrease" : "increase")
                    + " (threshold: " + threshold.failurePercent() + "%)";
        };
    }

    /** Python's {@code format(x, ".1f")}. */
    static String fixed1(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String digits = new BigDecimal(x).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        return negative && !digits.startsWith("-") ? "-" + digits : digits;
    }

    /**
     * Each measure's value by name, in order, as the script sees a results file: the single value,
     * or the mean of repeats. The script knows names only, so the measures must be of one suite.
     *
     * @throws IllegalArgumentException when a name is in two suites (the values would be mixed silently)
     */
    public static Map<String, Double> valuesOf(Iterable<Measure> measures) {
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, Measure> seen = new LinkedHashMap<>();
        for (Measure m : measures) {
            Measure before = seen.put(m.name(), m);
            if (before != null) {
                throw new IllegalArgumentException("\"" + m.name() + "\" is in two suites (" + before.ref() + ", "
                        + m.ref() + "); compare one suite's measures");
            }
            out.put(m.name(), m.mean());
        }
        return out;
    }

    private static Map<String, Threshold> scriptThresholds() {
        Map<String, Threshold> t = new LinkedHashMap<>();
        t.put("snr_db", new Threshold(-5.0, -10.0, Direction.HIGHER_IS_BETTER));
        t.put("false_trigger_rate", new Threshold(50.0, 100.0, Direction.LOWER_IS_BETTER));
        t.put("cpu_load_percent", new Threshold(20.0, 40.0, Direction.LOWER_IS_BETTER));
        t.put("latency_ms", new Threshold(15.0, 30.0, Direction.LOWER_IS_BETTER));
        t.put("memory_usage_kb", new Threshold(25.0, 50.0, Direction.LOWER_IS_BETTER));
        return Collections.unmodifiableMap(t);
    }
}
