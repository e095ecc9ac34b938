package io.lightwaveos.bench.formats.regression;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.Threshold;
import java.util.Objects;
import java.util.Optional;

/**
 * One baseline key (or one new measure) of a run gated by {@link MeasureGate}: what
 * {@code detect_regressions.py} decides for the value ({@link #point()}), and the severity that
 * stands once a measure's repeats are taken into account.
 *
 * @param point         the script's decision on the value (a single value, or the mean of repeats)
 * @param measure       the run's measure; null when the key is {@link KeyVerdict.Kind#MISSING missing}
 * @param threshold     the key's threshold; null when it has none (then it passes) or is new
 * @param severity      the decision: the point's, except that a failure whose interval reaches back
 *                      inside the failure threshold is a warning ({@link #possibleFailure()})
 * @param ci95          the 95 % interval of the mean of the measure's repeats; null for a single value
 *                      or a missing key
 * @param samplesNeeded for a warning with an interval, the repeats at which the interval's half-width
 *                      would fit inside the failure allowance, n × (half-width / allowance)² rounded up;
 *                      null otherwise
 */
public record MeasureVerdict(KeyVerdict point, Measure measure, Threshold threshold, Severity severity,
        MeanInterval ci95, Long samplesNeeded) {

    /** Checks the parts are present where the kind needs them. */
    public MeasureVerdict {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(severity, "severity");
        if (measure == null && point.kind() != KeyVerdict.Kind.MISSING) {
            throw new IllegalArgumentException(point.key() + ": only a missing key has no measure");
        }
    }

    /** The measure name (the baseline key). */
    public String key() {
        return point.key();
    }

    /** The run's measure; empty when the key is missing from the run. */
    public Optional<Measure> runMeasure() {
        return Optional.ofNullable(measure);
    }

    /** The baseline value; empty for a new measure. */
    public Optional<Double> baseline() {
        return point.kind() == KeyVerdict.Kind.NEW ? Optional.empty() : Optional.of(point.baseline());
    }

    /** The run's value (its mean over repeats); empty for a missing key. */
    public Optional<Double> current() {
        return point.kind() == KeyVerdict.Kind.MISSING ? Optional.empty() : Optional.of(point.current());
    }

    /**
     * The script's relative change in percent, {@code (current − baseline) / baseline × 100}
     * (+∞ from a zero baseline to a positive value); empty for a missing or a new key.
     */
    public Optional<Double> changePercent() {
        return point.kind() == KeyVerdict.Kind.MISSING || point.kind() == KeyVerdict.Kind.NEW
                ? Optional.empty() : Optional.of(point.changePercent());
    }

    /** The value at which the warning threshold is reached, baseline × (1 + warning / 100); empty without threshold. */
    public Optional<Double> warningLimit() {
        return limit(threshold == null ? 0 : threshold.warningPercent());
    }

    /** The value at which the failure threshold is reached, baseline × (1 + failure / 100); empty without threshold. */
    public Optional<Double> failureLimit() {
        return limit(threshold == null ? 0 : threshold.failurePercent());
    }

    /** Whether the value is at or beyond the failure threshold but its interval reaches back inside: a warning. */
    public boolean possibleFailure() {
        return point.kind() == KeyVerdict.Kind.REGRESSION && severity == Severity.WARNING;
    }

    /** The message {@code detect_regressions.py} prints for the value. */
    public String message() {
        return RegressionCheck.message(point, threshold);
    }

    private Optional<Double> limit(double percent) {
        if (threshold == null || point.kind() == KeyVerdict.Kind.NEW) {
            return Optional.empty();
        }
        return Optional.of(point.baseline() * (1 + percent / 100));
    }
}
