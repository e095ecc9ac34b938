package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.analysis.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers, times and durations read in text output. Absent values print as {@code -}. */
public final class Format {

    /** What an absent or not computable value prints as. */
    public static final String NONE = "-";

    /**
     * The time patterns, made at their first use: the JDK's formatters initialise dozens of classes,
     * which {@link #time}, written out by hand, spares a command that prints only years 0 to 9999.
     */
    private static final class Patterns {
        static final DateTimeFormatter SECONDS =
                DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
        static final DateTimeFormatter MILLIS =
                DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    }

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
            return fixed(v, 0);
        }
        if (abs >= 1 || v == 0) {
            return fixed(v, 2);
        }
        int decimals = 3 - (int) Math.floor(Math.log10(abs));
        return fixed(v, decimals);
    }

    /**
     * {@code v} with {@code decimals} digits after the point, exactly as
     * {@code String.format(Locale.ROOT, "%.<decimals>f", v)} writes it (the shortest decimal that
     * reads back as {@code v}, rounded half up; a minus for any negative value, -0.0 included)
     * without a {@link java.util.Formatter}, which looks its locale's symbols up again on every
     * call: a history of 1,000 runs formats thousands of values.
     */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        String digits = quickFixed(Math.abs(v), decimals);
        if (digits == null) {
            String shortest = Double.toString(Math.abs(v));
            digits = shortest.indexOf('E') >= 0
                    ? new BigDecimal(shortest).setScale(decimals, RoundingMode.HALF_UP).toPlainString()
                    : roundHalfUp(shortest, decimals);
        }
        return Double.doubleToRawLongBits(v) < 0 ? "-" + digits : digits;
    }

    /** 10 to the power of 0 to 9: the decimals {@link #quickFixed} writes. */
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L};

    /**
     * {@code abs} (finite, not negative) with {@code decimals} digits, computed from
     * {@code abs * 10^decimals} without writing out its shortest decimal, when no rounding boundary
     * (a half) lies within 1e-6 of that product; otherwise null. Below 1e9 the product is within
     * 1.2e-7 of the exact one, and the shortest decimal (half an ulp from {@code abs} at most) as
     * close: all three round alike. Most values a table shows take this way; {@link #fixed} writes
     * the others from the shortest decimal.
     */
    private static String quickFixed(double abs, int decimals) {
        if (decimals < 0 || decimals >= POWERS_OF_TEN.length) {
            return null;
        }
        long scale = POWERS_OF_TEN[decimals];
        double scaled = abs * scale;
        if (!(scaled < 1e9)) {
            return null;
        }
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) < 1e-6) {
            return null;
        }
        long rounded = (long) floor + (fraction > 0.5 ? 1 : 0);
        String whole = Long.toString(rounded / scale);
        if (decimals == 0) {
            return whole;
        }
        char[] text = new char[whole.length() + 1 + decimals];
        whole.getChars(0, whole.length(), text, 0);
        text[whole.length()] = '.';
        digits(text, whole.length() + 1, decimals, (int) (rounded % scale));
        return new String(text);
    }

    /**
     * {@code new BigDecimal(plain).setScale(decimals, HALF_UP).toPlainString()} for a plain
     * non-negative decimal ({@code 146.255}) without the BigDecimal: the digits are rounded where
     * they stand (the first dropped digit decides, 5 and up rounds up), carrying as far as needed.
     */
    private static String roundHalfUp(String plain, int decimals) {
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        char[] kept = new char[whole.length() + decimals];
        whole.getChars(0, whole.length(), kept, 0);
        for (int i = 0; i < decimals; i++) {
            kept[whole.length() + i] = i < fraction.length() ? fraction.charAt(i) : '0';
        }
        boolean carry = decimals < fraction.length() && fraction.charAt(decimals) >= '5';
        for (int i = kept.length - 1; carry && i >= 0; i--) {
            carry = kept[i] == '9';
            kept[i] = carry ? '0' : (char) (kept[i] + 1);
        }
        StringBuilder out = new StringBuilder(kept.length + 2);
        if (carry) {
            out.append('1');
        }
        out.append(kept, 0, whole.length());
        if (decimals > 0) {
            out.append('.').append(kept, whole.length(), decimals);
        }
        return out.toString();
    }

    /** {@link #fixed} with a sign always: {@code String.format(Locale.ROOT, "%+.<decimals>f", v)}. */
    static String signedFixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%+." + decimals + "f", v);
        }
        String text = fixed(v, decimals);
        return text.startsWith("-") ? text : "+" + text;
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
        return signedFixed(fraction * 100, 2) + "%";
    }

    /** A p-value: four decimals, or two significant digits in exponent form below 0.0001 ({@code 9.4e-05}). */
    public static String pValue(Double p) {
        if (p == null || p.isNaN()) {
            return NONE;
        }
        if (p != 0 && p < 1e-4) {
            return scientific(p);
        }
        return fixed(p, 4);
    }

    /**
     * {@code String.format(Locale.ROOT, "%.1e", v)} for a finite positive {@code v}, without a
     * {@link java.util.Formatter} (whose first use in a command compiles its pattern): the shortest
     * decimal of {@code v} rounded half up to two significant digits.
     */
    static String scientific(double v) {
        BigDecimal two = new BigDecimal(Double.toString(v)).round(new MathContext(2, RoundingMode.HALF_UP));
        String digits = two.unscaledValue().toString();
        int exponent = digits.length() - 1 - two.scale();
        if (digits.length() == 1) {
            digits += "0";
        }
        String power = Integer.toString(Math.abs(exponent));
        return digits.charAt(0) + "." + digits.charAt(1) + (exponent < 0 ? "e-" : "e+") + (power.length() < 2 ? "0" : "")
                + power;
    }

    /** A statistic such as Cohen's d, two decimals. */
    public static String twoDecimals(Double v) {
        return v == null || v.isNaN() ? NONE : fixed(v, 2);
    }

    /** A UTC time to the second: {@code 2026-11-26 14:02:19Z}. */
    public static String time(Instant t) {
        if (t == null) {
            return NONE;
        }
        LocalDateTime utc = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            return Patterns.SECONDS.format(t);
        }
        // What Patterns.SECONDS writes, without a formatter: a history prints a time per run.
        char[] text = "0000-00-00 00:00:00Z".toCharArray();
        digits(text, 0, 4, utc.getYear());
        digits(text, 5, 2, utc.getMonthValue());
        digits(text, 8, 2, utc.getDayOfMonth());
        digits(text, 11, 2, utc.getHour());
        digits(text, 14, 2, utc.getMinute());
        digits(text, 17, 2, utc.getSecond());
        return new String(text);
    }

    /** Writes {@code value} (non-negative) as {@code width} digits ending at {@code text[at + width - 1]}. */
    private static void digits(char[] text, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** A UTC time to the millisecond: {@code 2026-11-26 14:02:19.123Z}. */
    public static String preciseTime(Instant t) {
        return t == null ? NONE : Patterns.MILLIS.format(t);
    }

    /** A duration for people: {@code 9.8 s}, {@code 5 min 03 s}, {@code 2 h 07 min}. */
    public static String duration(Duration d) {
        if (d == null) {
            return NONE;
        }
        long ms = Math.max(0, d.toMillis());
        if (ms < 60_000) {
            return fixed(ms / 1000.0, 1) + " s";
        }
        long s = ms / 1000;
        if (s < 3600) {
            return s / 60 + " min " + twoDigits(s % 60) + " s";
        }
        return s / 3600 + " h " + twoDigits((s % 3600) / 60) + " min";
    }

    private static String twoDigits(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }

    /** The duration between two times, or {@code -} when either is absent. */
    public static String duration(Instant from, Instant to) {
        return from == null || to == null ? NONE : duration(Duration.between(from, to));
    }

    /** The first 8 characters of a run id: enough to name it (a unique prefix) in most stores. */
    public static String shortId(java.util.UUID id) {
        return id.toString().substring(0, 8);
    }

    /**
     * A relative change (a fraction) as a signed percentage with a space before the sign:
     * {@code +7.7 %}; one decimal, two when it is below 1 % ({@code -0.35 %}).
     */
    public static String percentChange(Double fraction) {
        return percentChange(fraction, null);
    }

    /**
     * A relative change in the number format of its interval (one decimal, two when the change
     * and both ends are below 1 %), so that a sentence and a table row read the same.
     */
    public static String percentChange(Double fraction, Interval interval) {
        if (!finite(fraction)) {
            return NONE;
        }
        return signedPercent(fraction, percentDecimals(fraction, interval)) + " %";
    }

    /** The size of a relative change without sign, as {@link #percentChange(Double, Interval)}: {@code 7.7 %}. */
    public static String percentMagnitude(Double fraction, Interval interval) {
        if (!finite(fraction)) {
            return NONE;
        }
        double abs = Math.abs(fraction);
        return fixed(abs * 100, percentDecimals(fraction, interval)) + " %";
    }

    /** The size of a relative change without sign: {@code 7.7 %}, {@code 0.35 %}. */
    public static String percentMagnitude(Double fraction) {
        return percentMagnitude(fraction, null);
    }

    /** A relative change with its interval, one number format for the three: {@code +7.7 % [+4.8, +10.5]}. */
    public static String percentWithInterval(Double fraction, Interval interval) {
        if (!finite(fraction)) {
            return NONE;
        }
        if (interval == null) {
            return percentChange(fraction);
        }
        int d = percentDecimals(fraction, interval);
        return signedPercent(fraction, d) + " % [" + signedPercent(interval.lo(), d) + ", "
                + signedPercent(interval.hi(), d) + "]";
    }

    /** A relative interval as a range, in the number format of {@code fraction} and the interval: {@code +4.8 … +10.5 %}. */
    public static String percentRange(Interval interval, Double fraction) {
        if (interval == null) {
            return NONE;
        }
        int d = percentDecimals(fraction, interval);
        return signedPercent(interval.lo(), d) + " … " + signedPercent(interval.hi(), d) + " %";
    }

    /** An interval of differences in the metric's unit: {@code [+7.37, +15.95]}. */
    public static String signedRange(Interval interval) {
        return interval == null ? NONE : "[" + signed(interval.lo()) + ", " + signed(interval.hi()) + "]";
    }

    /** An interval of values in the metric's unit: {@code [170.20, 183.40]}. */
    public static String range(Interval interval) {
        return interval == null ? NONE : "[" + value(interval.lo()) + ", " + value(interval.hi()) + "]";
    }

    /** A mean with its standard deviation: {@code 151.86 ± 8.12}. */
    public static String meanAndSd(Double mean, Double sd) {
        String m = value(mean);
        return m.equals(NONE) || !finite(sd) ? m : m + " ± " + value(sd);
    }

    /** A count or a real number of samples, rounded up, with thousands separators: {@code 5,120}. */
    public static String count(Double n) {
        return finite(n) ? count((long) Math.ceil(n - 1e-9)) : NONE;
    }

    /** {@link #count(Double)} of a whole number: {@code String.format(Locale.ROOT, "%,d", n)}. */
    public static String count(long n) {
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        out.append(digits, 0, sign);
        for (int i = sign; i < digits.length(); i++) {
            if (i > sign && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private static boolean finite(Double v) {
        return v != null && Double.isFinite(v);
    }

    private static String signedPercent(double fraction, int decimals) {
        return signedFixed(fraction * 100, decimals);
    }

    /** One decimal, or two when the change and both ends of its interval are below 1 % in size. */
    private static int percentDecimals(Double fraction, Interval interval) {
        boolean small = (fraction == null || Math.abs(fraction) < 0.01)
                && (interval == null || Math.max(Math.abs(interval.lo()), Math.abs(interval.hi())) < 0.01);
        return small ? 2 : 1;
    }

    /** A large count for people, two significant digits: {@code 6,500}, {@code 190}, {@code 12}. */
    public static String roughCount(double n) {
        if (!Double.isFinite(n)) {
            return NONE;
        }
        long whole = (long) Math.ceil(n);
        if (whole < 100) {
            return count(whole);
        }
        long scale = (long) Math.pow(10, Math.floor(Math.log10(whole)) - 1);
        return count(Math.round((double) whole / scale) * scale);
    }
}
