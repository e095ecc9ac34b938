package io.lightwaveos.bench.analysis.gate;

import io.lightwaveos.bench.metric.Direction;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a statistic may move in the bad direction from its baseline value before the gate warns
 * or fails: relative ({@code "+5%"}: 5% of |baseline|) or absolute ({@code "+12.5"}: 12.5 in the
 * metric's unit). The amount is a magnitude; the metric's direction says which way is bad.
 *
 * @param amount   the allowance, &gt;= 0: a percentage when relative, else in the metric's unit
 * @param relative whether {@code amount} is a percentage of |baseline|
 */
public record Allowance(double amount, boolean relative) {

    /** The default warning allowance, +5%. */
    public static final Allowance DEFAULT_WARNING = new Allowance(5, true);
    /** The default failure allowance, +10%. */
    public static final Allowance DEFAULT_FAILURE = new Allowance(10, true);

    private static final Pattern FORM = Pattern.compile("\\+?\\s*(\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?\\s*(%?)");

    /**
     * @throws IllegalArgumentException if the amount is negative or not finite
     */
    public Allowance {
        if (!(amount >= 0) || !Double.isFinite(amount)) {
            throw new IllegalArgumentException("an allowance must be a finite amount >= 0, got " + amount);
        }
    }

    /**
     * Parses {@code "+5%"}, {@code "5%"}, {@code "+12.5"} or {@code "12.5"}.
     *
     * @throws IllegalArgumentException saying what was expected, if {@code text} is none of those
     *                                  (a minus sign is refused: the direction decides which way is bad)
     */
    public static Allowance parse(String text) {
        String t = text.trim();
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            String hint = t.startsWith("-")
                    ? "; allowances are magnitudes in the bad direction, write it without the minus sign"
                    : "";
            throw new IllegalArgumentException(
                    "expected an allowance like \"+5%\" (relative) or \"+12.5\" (absolute), found \"" + text + "\"" + hint);
        }
        String number = t.replace("+", "").replace("%", "").trim();
        return new Allowance(Double.parseDouble(number), !m.group(2).isEmpty());
    }

    /**
     * The limit this allowance sets around {@code baseline}: baseline + allowance for a
     * lower-is-better metric, baseline - allowance for a higher-is-better one.
     */
    public double limit(double baseline, Direction direction) {
        double delta = relative ? Math.abs(baseline) * amount / 100 : amount;
        return direction == Direction.HIGHER_IS_BETTER ? baseline - delta : baseline + delta;
    }

    /** The baseline-file form: {@code "+5%"} or {@code "+12.5"}. */
    public String text() {
        return "+" + BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString() + (relative ? "%" : "");
    }

    @Override
    public String toString() {
        return text();
    }
}
