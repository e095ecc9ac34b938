package io.lightwaveos.bench.ci.config;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import java.util.Objects;
import java.util.Optional;

/**
 * What the config declares about one measure or frame metric ({@code measures:} entry): its unit
 * and direction, and its warn/fail thresholds as written.
 *
 * <p>Thresholds are relative changes from the baseline with the LightwaveOS baseline's semantics
 * ({@link Threshold}): signed ({@code "+3%"} for lower-is-better, {@code "-5%"} for
 * higher-is-better), or unsigned ({@code "3%"}), which means that far in the bad direction. A
 * signed bound pointing the good way is an error, and so is a warn bound beyond the fail bound.
 *
 * <pre>{@code
 * measures:
 *   avg_total_us: {warn: "+3%", fail: "+5%"}                       # a frame metric: lower is better
 *   snr_db: {unit: dB, direction: higher, warn: "5%", fail: "10%"}  # unsigned: 5 % worse, i.e. -5%
 * }</pre>
 *
 * @param ref       the measure ({@code suite:name} or a bare name) or frame metric id, as the key names it
 * @param unit      the declared unit, or null to keep the importer's (a frame metric's is the registry's)
 * @param direction the declared direction, or null to keep the importer's (a frame metric's is the registry's)
 * @param warn      the warn bound as written ({@code "+3%"}, {@code "5%"}), or null for none
 * @param fail      the fail bound as written, or null for none; given together with {@code warn}
 * @param source    the config file, for messages
 * @param line      the line of the key in the config file, for messages
 */
public record MeasureConfig(MeasureRef ref, String unit, Direction direction, String warn, String fail,
        String source, int line) {

    /** Checks the reference and that warn and fail come together. */
    public MeasureConfig {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(source, "source");
        if ((warn == null) != (fail == null)) {
            throw new IllegalArgumentException(ref + ": warn and fail come together, got only "
                    + (warn == null ? "fail" : "warn"));
        }
    }

    /** Whether warn and fail bounds are declared. */
    public boolean hasThreshold() {
        return warn != null;
    }

    /** The frame metric this entry names (a bare registry id), if it names one. */
    public Optional<Metric> metric() {
        return ref.suite() == null ? Metric.byId(ref.name()) : Optional.empty();
    }

    /**
     * The direction the thresholds are read in: the declared one, else a frame metric's, else
     * {@code measured} (the importer's).
     *
     * @param measured the direction the measure came with, or null when it has none
     * @return the direction, or empty when nobody says (the measure is reported, never gated)
     */
    public Optional<Direction> directionOr(Direction measured) {
        if (direction != null) {
            return Optional.of(direction);
        }
        return Optional.ofNullable(metric().map(Metric::direction).orElse(measured));
    }

    /**
     * The thresholds as {@link Threshold} in {@code measured}'s direction (see {@link #directionOr}).
     *
     * @param measured the direction the measure came with, or null when it has none
     * @return empty when no bounds are declared
     * @throws ConfigException naming the config line when no direction is known for bounds, when a
     *                         signed bound points the good way, or warn lies beyond fail
     */
    public Optional<Threshold> threshold(Direction measured) {
        if (!hasThreshold()) {
            return Optional.empty();
        }
        Direction d = directionOr(measured).orElseThrow(() -> new ConfigException(source, line,
                ref + ": thresholds need a direction, and none is known; add direction: lower or direction: higher"));
        double w = bound("warn", warn, d);
        double f = bound("fail", fail, d);
        if (Math.abs(w) > Math.abs(f)) {
            throw new ConfigException(source, line, ref + ": warn " + warn + " lies beyond fail " + fail
                    + "; warn must be reached first");
        }
        return Optional.of(new Threshold(w, f, d));
    }

    /** Whether this entry names {@code m}: same name, and same suite when the key gives one. */
    public boolean matches(Measure m) {
        return ref.matches(m);
    }

    private double bound(String key, String text, Direction d) {
        double v;
        try {
            v = Threshold.parsePercent(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source, line, ref + "." + key + ": " + e.getMessage());
        }
        char first = text.charAt(0);
        if (first != '+' && first != '-') {
            return d == Direction.LOWER_IS_BETTER ? v : -v;
        }
        if (v != 0 && (v > 0) != (d == Direction.LOWER_IS_BETTER)) {
            throw new ConfigException(source, line, ref + "." + key + ": \"" + text + "\" points the good way for "
                    + d.jsonName() + " " + ref + "; write \"" + Threshold.formatPercent(-v) + "\", or \""
                    + Threshold.formatPercent(Math.abs(v)).substring(1) + "\" for that far the bad way");
        }
        return v;
    }
}
