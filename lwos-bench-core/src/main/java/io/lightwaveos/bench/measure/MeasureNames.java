package io.lightwaveos.bench.measure;

import io.lightwaveos.bench.text.Printable;
import java.util.regex.Pattern;

/**
 * The rules for the words of a measure: its suite, its name and its unit. One place, so a reader,
 * a harness and a store refuse the same things with the same message.
 */
public final class MeasureNames {

    /** The most characters a measure name may have (JMH, Google Benchmark and hyperfine names included). */
    public static final int MAX_NAME = 200;
    /** The most characters a unit may have. */
    public static final int MAX_UNIT = 32;
    /** A suite: lower-case letters, digits, {@code _} and {@code -}, starting with a letter or digit, at most 40 characters. */
    private static final Pattern SUITE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    private MeasureNames() {
    }

    /** Whether {@code suite} is a valid suite (see {@link #checkSuite}). */
    public static boolean isSuite(String suite) {
        return suite != null && SUITE.matcher(suite).matches();
    }

    /**
     * {@code suite} when it is lower-case letters, digits, {@code _} and {@code -} (1 to 40
     * characters, starting with a letter or digit): a suite is written before a colon in a
     * reference ({@code native:latency_ms}), so it holds neither colons nor spaces.
     *
     * @throws IllegalArgumentException stating the rule and what was given
     */
    public static String checkSuite(String suite) {
        if (!isSuite(suite)) {
            throw new IllegalArgumentException("a suite must be 1 to 40 lower-case letters, digits, _ or -, "
                    + "starting with a letter or digit; got " + quote(suite));
        }
        return suite;
    }

    /**
     * {@code name} when it is 1 to {@value #MAX_NAME} characters, not blank, without control
     * characters ({@link Printable#isControl}): snake_case for LightwaveOS measures, the source's
     * own name for other tools ({@code io.x.FrameDecodeBenchmark.flyweightCompact},
     * {@code BM_Goertzel/512}, {@code sleep 0.1}).
     *
     * @throws IllegalArgumentException stating the rule and what was given
     */
    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a measure name must not be empty, got " + quote(name));
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a measure name must be at most " + MAX_NAME + " characters, got "
                    + name.length() + ": " + quote(name));
        }
        if (Printable.indexOfControl(name) >= 0) {
            throw new IllegalArgumentException("a measure name must not hold control characters, got " + quote(name));
        }
        return name;
    }

    /**
     * {@code unit} when it is at most {@value #MAX_UNIT} characters without control characters;
     * the empty string is a count or a ratio without unit.
     *
     * @throws IllegalArgumentException stating the rule and what was given
     */
    public static String checkUnit(String unit) {
        if (unit == null) {
            throw new IllegalArgumentException("a unit must not be null; use \"\" for a number without unit");
        }
        if (unit.length() > MAX_UNIT || Printable.indexOfControl(unit) >= 0) {
            throw new IllegalArgumentException("a unit must be at most " + MAX_UNIT
                    + " characters without control characters, got " + quote(unit));
        }
        return unit;
    }

    private static String quote(String text) {
        return text == null ? "none" : "\"" + Printable.of(text) + "\"";
    }
}
