package io.lightwaveos.bench.analysis.render;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers, times and durations read in text output. Absent values print as {@code -}. */
public final class Format {

    /** What an absent or not computable value prints as. */
    public static final String NONE = "-";

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Format() {
    }

    /**
     * A measured value: two decimals from 1 up ({@code 146.25}, {@code 236.00}), four significant
     * digits below 1 ({@code 0.7567}), whole from 100,000 up.
     */
    public static String value(Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return NONE;
        }
        double abs = Math.abs(v);
        if (abs >= 100_000) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (abs >= 1 || v == 0) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        int decimals = 3 - (int) Math.floor(Math.log10(abs));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A value with its unit: {@code 146.25 µs}, {@code 35.1 %}. */
    public static String value(Double v, String unit) {
        String text = value(v);
        return text.equals(NONE) ? text : text + " " + unit;
    }

    /** A difference with its sign: {@code +7.9271}, {@code -0.5}. */
    public static String signed(Double v) {
        String text = value(v);
        return text.equals(NONE) || text.startsWith("-") ? text : "+" + text;
    }

    /** A relative change (a fraction) as a signed percentage: {@code +5.42%}. */
    public static String percent(Double fraction) {
        if (fraction == null || fraction.isNaN() || fraction.isInfinite()) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%+.2f%%", fraction * 100);
    }

    /** A p-value: four decimals, or two significant digits in exponent form below 0.0001 ({@code 9.4e-05}). */
    public static String pValue(Double p) {
        if (p == null || p.isNaN()) {
            return NONE;
        }
        if (p != 0 && p < 1e-4) {
            return String.format(Locale.ROOT, "%.1e", p);
        }
        return String.format(Locale.ROOT, "%.4f", p);
    }

    /** A statistic such as Cohen's d, two decimals. */
    public static String twoDecimals(Double v) {
        return v == null || v.isNaN() ? NONE : String.format(Locale.ROOT, "%.2f", v);
    }

    /** A UTC time to the second: {@code 2026-11-26 14:02:19Z}. */
    public static String time(Instant t) {
        return t == null ? NONE : SECONDS.format(t);
    }

    /** A UTC time to the millisecond: {@code 2026-11-26 14:02:19.123Z}. */
    public static String preciseTime(Instant t) {
        return t == null ? NONE : MILLIS.format(t);
    }

    /** A duration for people: {@code 9.8 s}, {@code 5 min 03 s}, {@code 2 h 07 min}. */
    public static String duration(Duration d) {
        if (d == null) {
            return NONE;
        }
        long ms = Math.max(0, d.toMillis());
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = ms / 1000;
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    /** The duration between two times, or {@code -} when either is absent. */
    public static String duration(Instant from, Instant to) {
        return from == null || to == null ? NONE : duration(Duration.between(from, to));
    }

    /** The first 8 characters of a run id: enough to name it (a unique prefix) in most stores. */
    public static String shortId(java.util.UUID id) {
        return id.toString().substring(0, 8);
    }
}
