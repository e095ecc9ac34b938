package io.lightwaveos.bench.measure;

import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.text.Printable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A declared warn/fail threshold of a measure, with the LightwaveOS baseline's semantics: each
 * bound is a signed relative change from the baseline in percent, and a change at or beyond it
 * (in the measure's bad direction) reaches that level. For a higher-is-better measure the bounds
 * are negative ({@code -5%} warns, {@code -10%} fails: a change {@code <= -10} fails); for a
 * lower-is-better one positive ({@code +20%}/{@code +40%}: a change {@code >= 40} fails).
 *
 * <p>Read from the baseline JSON's {@code _thresholds} entries:
 * <pre>{@code
 * "latency_ms": { "warning": "+15%", "failure": "+30%", "direction": "lower_is_better" }
 * Threshold.parse("+15%", "+30%", "lower_is_better")   // Threshold[warningPercent=15.0, failurePercent=30.0, ...]
 * }</pre>
 *
 * @param warningPercent the relative change in percent at which a measure warns (finite)
 * @param failurePercent the relative change in percent at which it fails (finite)
 * @param direction      which way the measure improves
 */
public record Threshold(double warningPercent, double failurePercent, Direction direction) {

    private static final Pattern PERCENT = Pattern.compile("[+-]?(?:\\d{1,9}(?:\\.\\d{1,9})?|\\.\\d{1,9})%");

    /** Checks the bounds are finite and the direction given. */
    public Threshold {
        Objects.requireNonNull(direction, "direction");
        if (!Double.isFinite(warningPercent) || !Double.isFinite(failurePercent)) {
            throw new IllegalArgumentException("threshold percents must be finite, got warning " + warningPercent
                    + ", failure " + failurePercent);
        }
    }

    /**
     * The threshold the baseline JSON writes as strings.
     *
     * @param warning   a signed percent such as {@code "+20%"} or {@code "-5%"} ({@link #parsePercent})
     * @param failure   likewise
     * @param direction {@code higher_is_better} or {@code lower_is_better}
     * @throws IllegalArgumentException naming the string that is not of that form
     */
    public static Threshold parse(String warning, String failure, String direction) {
        return new Threshold(parsePercent(warning), parsePercent(failure), Direction.fromJsonName(direction));
    }

    /**
     * The number of a signed percent string: {@code "+20%"} is 20, {@code "-5%"} is -5,
     * {@code "12.5%"} is 12.5. The sign is optional; the percent sign is required.
     *
     * @throws IllegalArgumentException when {@code text} is not of that form
     */
    public static double parsePercent(String text) {
        if (text == null || !PERCENT.matcher(text).matches()) {
            throw new IllegalArgumentException("expected a signed percent such as \"+20%\" or \"-5%\", got "
                    + (text == null ? "none" : "\"" + Printable.of(text) + "\""));
        }
        return Double.parseDouble(text.substring(0, text.length() - 1));
    }

    /** A bound as the baseline JSON writes it: {@code "+20%"}, {@code "-5%"}, {@code "+12.5%"}. */
    public static String formatPercent(double percent) {
        String digits = BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString();
        return (percent >= 0 ? "+" : "") + digits + "%";
    }

    /** The warning bound as the baseline writes it. */
    public String warningText() {
        return formatPercent(warningPercent);
    }

    /** The failure bound as the baseline writes it. */
    public String failureText() {
        return formatPercent(failurePercent);
    }

    @Override
    public String toString() {
        return "warn " + warningText() + ", fail " + failureText() + ", " + direction.jsonName();
    }
}
